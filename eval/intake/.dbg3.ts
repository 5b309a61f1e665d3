import { loadRussianMorph } from '../../src/intake/russian-morph.ts';
const m = await loadRussianMorph();
for (const w of ['Писательница', 'Франции', 'Уважаемый', 'Нина', 'Правозащитник', 'Кемелевич', 'Белова', 'Макрону'])
  console.log(w, m(w).slice(0, 3).map((r) => [...r.grammemes].join(',') + ' ' + r.known).join(' | '));
