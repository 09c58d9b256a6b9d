/**
 * Names of the agencies scam messages speak as, in folded text (lower case, no Spanish accents):
 * USCIS, DHS, ICE, CBP, SEVP, the State Department (and its Kentucky Consular Center and National
 * Visa Center, which DV and visa scams name), embassies and consulates, "the immigration office",
 * and the other agencies government impostors name (Social Security, IRS and Treasury, FBI, police,
 * the Postal Service, Canada's immigration department), in English, Spanish, Chinese, Vietnamese,
 * Korean and Tagalog. Shared by the message signals; not a signal. ICE is matched only in capitals
 * by the caller (folded "ice" is ice).
 */
export const AGENCY = String.raw`(?:uscis|u\.?s\.? citizenship (?:and|&) immigration services|citizenship (?:and|&) immigration services(?: canada)?|(?:u\.?s\.? )?department of homeland security|homeland security|dhs|immigration (?:and|&) customs enforcement|(?:u\.?s\.? )?customs (?:and|&) border protection|cbp|sevp|student and exchange visitor program|(?:u\.?s\.? )?department of state|(?:u\.?s\.? )?state department|kentucky consular center|national visa center|(?:\w+ )?(?:embassy|consulate)(?: of (?:the )?[\w ]{2,30}?)?|(?:the )?immigration (?:office|department|services|service center)|social security(?: administration)?|ssa|irs|internal revenue service|(?:u\.?s\.? )?department of (?:the )?treasury|treasury department|fbi|federal bureau of investigation|(?:u\.?s\.? )?postal service|usps|police department|ircc|servicio de ciudadania e inmigracion|departamento de seguridad nacional|departamento de estado|(?:embajada|consulado)(?: de (?:los )?[\w ]{2,30}?| american[oa])?|consul migratorio|oficina de inmigracion|seguro social|(?:中国|中國|美国|美國)?(?:驻美国|駐美國)?(?:大使馆|大使館|领事馆|領事館)|移民局|国土安全部|國土安全部|美国国务院|cuc di tru|sở di trú|cục di trú|bộ an ninh nội địa|đại sứ quán|이민국|국토안보부|미국 국무부|대사관|kagawaran ng (?:seguridad|estado)|embahada)`;
