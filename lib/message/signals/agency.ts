/**
 * Names of the agencies scam messages speak as, in folded text (lower case, no Spanish accents):
 * USCIS, DHS, ICE, CBP, the State Department (and its Kentucky Consular Center and National Visa
 * Center, which DV and visa scams name), U.S. embassies, "the immigration office", in English,
 * Spanish, Chinese, Vietnamese, Korean and Tagalog. Shared by the message signals; not a signal.
 * ICE is matched only in capitals by the caller (folded "ice" is ice).
 */
export const AGENCY = String.raw`(?:uscis|u\.?s\.? citizenship (?:and|&) immigration services|citizenship (?:and|&) immigration services|(?:u\.?s\.? )?department of homeland security|homeland security|dhs|immigration (?:and|&) customs enforcement|(?:u\.?s\.? )?customs (?:and|&) border protection|cbp|(?:u\.?s\.? )?department of state|(?:u\.?s\.? )?state department|kentucky consular center|national visa center|(?:u\.?s\.? |american )embassy|embassy of the united states|(?:the )?immigration (?:office|department|services|service center)|servicio de ciudadania e inmigracion|departamento de seguridad nacional|departamento de estado|embajada (?:de (?:los )?estados unidos|americana)|oficina de inmigracion|移民局|国土安全部|美国国务院|美國移民局|國土安全部|cuc di tru|sở di trú|cục di trú|bộ an ninh nội địa|이민국|국토안보부|미국 국무부|kagawaran ng (?:seguridad|estado))`;
