import { createAnalyzer } from '../src/engine/analyzer.js';
import { loadRuleset } from '../src/engine/ruleset.js';
const a = createAnalyzer(loadRuleset());
for (const t of ['أبشر، سنرسل لك الرابط', 'ابشر بطول سلامة', 'خلها علي وأنا أتابع الموضوع', 'دعني أتحقق من الطلب', 'دعني أقول لك شيئا', 'هدفنا أن تكون الخدمة متاحة للجميع', 'نسعى لتحسين الخدمات', 'إنشاء مستشفى جديد في كل ولاية', 'بناء على طلبكم تم التعديل', '- خفض رسوم التسجيل للطلاب', 'بكل سرور', 'تطوير نفسك يبدأ منك!']) {
  const f = a.analyze(t, { capacity: 'official' }).filter((x) => x.check === 'commitment');
  console.log(t, '=>', f.map((x) => `${x.rule}[${x.start},${x.end}] ${t.slice(x.start, x.end)}`));
}
