/**
 * British spellings the course must not use: the glossary asks for US English everywhere. Each
 * pattern is matched case-insensitively on word boundaries; stems catch the derived forms
 * (favourite, behavioural, organisation…). Forms that are also US English (analyses, emphasis,
 * dialogue) are left out on purpose; "towards" is the British preference where US English writes "toward".
 */
export const BRITISH_SPELLINGS: readonly RegExp[] = [
  // -our where US English writes -or
  /\b(?:colour|behaviour|labour|favour|honour|neighbour|humour|rumour|flavour|harbour|endeavour|vigour|armour|odour|savour)\w*/i,
  // -ise / -isation where US English writes -ize / -ization
  /\b(?:organi|reali|recogni|prioriti|summari|minimi|maximi|optimi|customi|standardi|finali|categori|visuali|speciali|utili|apologi|critici|emphasi|sympathi|memori|authori|capitali|characteri|familiari|formali|harmoni|incentivi|itemi|mobili|moneti|normali|personali|scrutini|stabili|synchroni|legitimi|jeopardi|mesmeri|penali|amorti)s(?:e|ed|es|ing|ation|ations|er|ers)\b/i,
  /\b(?:analy|paraly|cataly)s(?:e|ed|ing)\b/i,
  // -re where US English writes -er
  /\b(?:centre|centres|centred|metre|metres|litre|litres|theatre|theatres|fibre|calibre|meagre|sombre|manoeuvre)\b/i,
  // -ence where US English writes -ense, and the noun/verb pair practice/practise
  /\b(?:licence|licences|defence|defences|offence|offences|pretence)\b/i,
  /\bpractis(?:e|ed|es|ing)\b/i,
  // doubled l before a suffix where US English keeps one
  /\b(?:travell|cancell|labell|modell|levell|signall|counsell|fuell|totall|channell|marshall|tunnell)(?:ed|ing|er|ers)\b/i,
  /\b(?:enrolment|fulfilment|instalment|enrols|fulfils|instils|distil|distils)\b/i,
  // a title without its period (US English writes Mr. Zhou, Ms. Wang, Dr. Li)
  /\b(?:Mr|Mrs|Ms|Dr)(?= [A-Z])/i,
  // other British forms
  /\b(?:programme|programmes|catalogue|catalogues|cheque|cheques|tyre|tyres|aluminium|sceptic\w*|ageing|judgement|judgements|learnt|spelt|whilst|amongst|cosy|draught|plough\w*|paediatric\w*|anaesthe\w*|orthopaedic\w*|haemo\w*|oesoph\w*|grey|storey|storeys|kerb|mould\w*|jewellery|towards)\b/i,
];

/** Every British form in `text`, with a few characters of context. */
export function britishSpellings(text: string): string[] {
  const found: string[] = [];
  for (const pattern of BRITISH_SPELLINGS) {
    const global = new RegExp(pattern.source, 'gi');
    for (const m of text.matchAll(global)) found.push(text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20).replace(/\s+/g, ' '));
  }
  return found;
}
