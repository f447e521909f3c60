/** One character of each writing system, as the phrase and ruby rules tell them apart. */

/** Kanji, with the marks that behave like kanji (々 repeats one, 〆 and ヶ stand for one). */
export const KANJI = /[\p{Script=Han}々〆ヶ]/u;
export const HIRAGANA = /\p{Script=Hiragana}/u;
/** Katakana, with the long-vowel mark ー that lengthens it. */
export const KATAKANA = /[\p{Script=Katakana}ー]/u;
/** Half-width letters and digits: a Latin word or a number. */
export const LATIN = /[A-Za-z0-9]/;
