// § 25 Abs. 5 AufenthG — departure impossible ("kann"; "soll" after 18 months of suspended deportation).
import { authorityCheck, noDeception } from '../common';
import { unknown, type Condition, type RouteDefinition } from '../conditions';

/** No household field can show that departure is impossible: always a "talk to counselling" route. */
const departureImpossible: Condition = {
  id: 'departure-impossible', cite: '§ 25 Abs. 5 Satz 1 AufenthG', kind: 'condition', reads: [],
  note: 'Legal or factual obstacles to departure that will not end soon; the portal cannot tell, so never "possible" on its own.',
  test: () => unknown,
};

export const route25_5: RouteDefinition = {
  id: '25-5',
  conditions: [
    noDeception('§ 25 Abs. 5 Satz 3, 4 AufenthG'),
    departureImpossible,
    authorityCheck('no-own-fault', '§ 25 Abs. 5 Satz 3, 4 AufenthG', 'Refused where the person is responsible for the obstacle, e.g. by not meeting reasonable demands such as getting a passport.'),
  ],
};
