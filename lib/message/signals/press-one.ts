/**
 * press-one: a recorded call that asks the listener to press a key to reach "the agency" ("press
 * 1 to speak to an officer", "查询请按一", "oprima 1", "нажмите 0", "0番を押してください") — the robocall scripts of Social Security,
 * IRS, embassy and consulate impostors. Weak: businesses use phone menus too; it counts with an
 * agency voice or another red flag (check.ts).
 */
import type { PreparedMessage } from '../prepare';
import { firstUnwarned } from '../sentences';
import type { SignalHit } from './types';

const PRESS = /\b(?:press|dial|push) (?:the )?(?:number |key )?#?(?:1|one|2|two|8|eight|9|nine|zero|0)\b|\b(?:oprima|marque|presione|pulse) (?:el )?(?:1|uno|2|dos|9|nueve|0|cero)\b|(?:请按|請按|按)(?:1|一|2|二|9|九)|(?:nhấn|bấm) (?:phim )?(?:1|2|9)|(?:0|1|2|8|9)번을? ?(?:누르|눌러)|pindutin ang (?:1|2|9)|нажмите (?:0|1|2|9)\b|(?:0|1|2|9)番を押して/g;

export default function pressOne(msg: PreparedMessage): SignalHit | undefined {
  const hit = firstUnwarned(msg.page, PRESS, 10);
  return hit ? { evidence: hit.evidence, strength: 'weak' } : undefined;
}

/*
Examples:
  fires:      "您有一份重要通知书尚未领取，查询请按一", "Press 1 to speak to an officer now"
  must not:   "USCIS will never call you with a recorded message."
*/
