// Lines a page carries that are no part of what it tells: photo credits (« Crédit photo: A /archives / AFP », "Photo:
// A", «Фото: A»), a news agency's credits for its translator and editor, and the notice Russian law makes media named
// foreign agents print over every article («НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН … ИНОСТРАННЫМ АГЕНТОМ …»). The
// photographer is no person of the story and the notice's words in capitals no organisation. They are blanked before
// reading: each character becomes a space (a line break stays), so every offset into the text stays where it was.

// A credit from its label to the end of its line, or of its bracket: "(Photo: A)".
const PHOTO_CREDIT =
  /(?<=^|\()[ \t]*(?:[Cc]rédits?\s+photos?|[Pp]hotos?(?:\s+(?:credit|de|by|par))?|PHOTO|[Фф]ото(?:\s*(?:из\s+архива|автора))?|ФОТО)[ \t]*(?::|：|—|–|-|©)[^\n)]*/gmu;

// A news agency's credit for its translator and editor, inside the closing bracket: « (… ; version française A, édité
// par B) », "(Reporting by C; Editing by D)". The reporters stay: they are the byline.
const EDITOR_CREDIT =
  /(?<=[(;,][ \t]*)(?:[Vv]ersion\s+française|[ÉéEe]dité\s+par|[Ee]diting\s+by|[Ee]dited\s+by|[Tt]ranslated\s+by|[Tt]raduction)[ \t]+[^;,)\n]*/gu;

// The notice, in capitals or not, from its opening words to the end of its line.
const FOREIGN_AGENT_NOTICE =
  /(?:НАСТОЯЩИЙ\s+МАТЕРИАЛ|ДАННОЕ\s+СООБЩЕНИЕ|Настоящий\s+материал|Данное\s+сообщение)[^\n]*?(?:ИНОСТРАНН\p{L}*\s+АГЕНТ|иностранн\p{L}*\s+агент)[^\n]*/gu;

/** The text with photo credits, editors' credits and foreign-agent notices blanked, the same length as before. */
export function blankBoilerplate(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/gu, ' ');
  return text.replace(FOREIGN_AGENT_NOTICE, blank).replace(PHOTO_CREDIT, blank).replace(EDITOR_CREDIT, blank);
}
