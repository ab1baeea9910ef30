import { checkArchitecture } from './architecture';

const violations = checkArchitecture(process.cwd());
if (violations.length > 0) {
  console.error('Architecture rules broken:');
  for (const v of violations) console.error(`  ${v.file} imports ${v.imports}\n    rule: ${v.rule}`);
  process.exit(1);
}
console.log('Architecture rules hold (performance ↛ growth/insights, web ↛ server).');
