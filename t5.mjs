import * as W from 'wuye-rules';
function deepFrozen(v, p='', seen=new Set()) { if (!v || typeof v!=='object' || seen.has(v)) return []; seen.add(v); const bad = Object.isFrozen(v)?[]:[p||'<root>']; for (const k of Reflect.ownKeys(v)) { const d=Object.getOwnPropertyDescriptor(v,k); if ('value' in d) bad.push(...deepFrozen(d.value, p+'.'+String(k), seen)); } return bad; }
for (const k of ['defaultPolicy','chinaCalendar','ruleCatalog','appraisalItems','serviceOrderTypes','standingDuties','sourceDocuments']) console.log(k, deepFrozen(W[k]).slice(0,5));
// Date results
const d1 = W.dueAt('2026-10-05T15:00+08:00', {amount:3, unit:'day'});
console.log('Date frozen?', Object.isFrozen(d1));
d1.setTime(0);
const d2 = W.dueAt('2026-10-05T15:00+08:00', {amount:3, unit:'day'});
console.log('after mutating first result, second =', d2.toISOString());
const r1 = W.repairStatus({repairClass:'A', receivedAt:'2026-10-05T15:00+08:00', planAcceptedAt:'2026-10-05T16:00+08:00', asOf:'2026-10-07T12:00+08:00'});
console.log(r1, Object.isFrozen(r1.dueAt)); try { r1.dueAt.setTime(0); } catch(e) { console.log('setTime threw', e.message); }
const r2 = W.repairStatus({repairClass:'A', receivedAt:'2026-10-05T15:00+08:00', planAcceptedAt:'2026-10-05T16:00+08:00', asOf:'2026-10-07T12:00+08:00'});
console.log('second', r2.dueAt.toISOString());
const e1 = W.explainDeadline('2026-09-28T10:00+08:00', {amount:3, unit:'workday'});
console.log(e1.dueAt.toISOString()); e1.dueAt.setTime(0);
console.log(W.explainDeadline('2026-09-28T10:00+08:00', {amount:3, unit:'workday'}).dueAt.toISOString());
const dc = W.dutyCalendar({from:'2026-10-01', to:'2026-10-02'}); console.log(dc.length, Object.isFrozen(dc[0]?.dueAt)); if (dc[0]) { const t=dc[0].dueAt.getTime(); dc[0].dueAt.setTime(0); console.log('duty again', W.dutyCalendar({from:'2026-10-01', to:'2026-10-02'})[0].dueAt.getTime()===t); }
