// Whether a phrase for My patterns is made only of words ordinary posts are full of ("is", "de la", "الله", "in sha
// Allah"): the pack format accepts it, but it would mark a great many posts. The options page warns, and lets the user
// save it anyway. Words are compared as the matcher reads them (folded: case, accents, Arabic letter variants).
import { foldPattern } from '../text/fold';

/** Function words and everyday words of the three languages read, and the greetings and blessings of every day. */
const COMMON = [
  // English
  'the a an and or but if so of to in on at by for from with about as is are was were be been am do does did have has',
  'had it its this that these those i me my you your we our us they them their he him his she her not no yes all one',
  'new good day just like love lol omg god allah peace amen thanks thank please today now here there what who how why',
  // Blessings written in Latin letters, in every language
  'inshallah insha sha mashallah masha subhanallah alhamdulillah hamdoulah bismillah allahu akbar salam alaykum',
  // French
  'le la les l un une des de du d et ou mais si à au aux en dans pour par sur sous avec sans ce cet cette ces c il',
  'elle ils elles on nous vous je j tu me te se s y ne n pas plus que qu qui quoi est sont être a ai as ont été',
  'tout tous toute bien très mon ma mes ton ta tes son sa ses notre votre leur dieu jour bonjour merci salut',
  // Arabic
  'في من على الى إلى عن مع و او أو ثم ان إن أن كان كانت هو هي هم انا أنا انت أنت نحن هذا هذه ذلك تلك ما لا لم لن',
  'قد كل يا الله والله بالله لله اللهم بسم الحمد سبحان شاء ماشاء انشاء ان شاء محمد صلى عليه وسلم السلام عليكم',
  'رمضان مبارك جمعة يوم اليوم خير',
].join(' ');

let commonWords: Set<string> | null = null;

function words(): Set<string> {
  commonWords ??= new Set(COMMON.split(' ').flatMap((w) => foldPattern(w).split(' ')).filter(Boolean));
  return commonWords;
}

/** True when every word of the phrase, as the matcher reads it, is one ordinary posts are full of. */
export function isCommonPhrase(text: string): boolean {
  const folded = foldPattern(text).split(' ').filter(Boolean);
  if (folded.length === 0) return false;
  const common = words();
  return folded.every((w) => common.has(w));
}
