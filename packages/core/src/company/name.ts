/**
 * The company as a person writes it in a sentence: "Quanta Cloud", not "Quanta Cloud GmbH".
 * Legal forms belong on contracts; in a letter they read stiff, and "Inc." at the end of a
 * sentence doubles its period.
 */

/** Legal forms, longest first so "GmbH & Co. KG" goes before "KG". */
const LEGAL_FORMS = [
  'GmbH & Co. KG', 'Pty Ltd', 'Pty. Ltd.', 'Sp. z o.o.', 'S.p.A.', 'S.r.l.', 'S.A.S.', 'S.A.', 'S.L.', 'L.L.C.', 'L.L.P.', 'L.P.', 'B.V.', 'N.V.', 'K.K.', 'A/S',
  'Incorporated', 'Corporation', 'Limited', 'Company', 'GmbH', 'gGmbH', 'Inc.', 'Inc', 'LLC', 'LLP', 'Ltd.', 'Ltd', 'PLC', 'plc', 'Corp.', 'Corp', 'Co.', 'AG', 'KG', 'SE', 'SAS', 'SARL', 'SpA', 'Srl', 'BV', 'NV', 'AB', 'ASA', 'Oy', 'Oyj', 'ApS', 'KK', 'LP', 'SA',
];

/**
 * @example companyInText('Acme Widgets, Inc.') // 'Acme Widgets'
 * @example companyInText('Quanta Cloud GmbH') // 'Quanta Cloud'
 */
export function companyInText(name: string): string {
  let text = name.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      const cut = text.length - form.length;
      if (cut > 0 && text.endsWith(form) && /[\s,]/.test(text[cut - 1]!)) {
        const rest = text.slice(0, cut).replace(/[\s,]+$/, '');
        if (rest) {
          text = rest;
          changed = true;
        }
        break;
      }
    }
  }
  return text;
}

/**
 * The key a tenant keeps a company's closures under when the record gives no `company.id`:
 * the name in running text, lower-case, without accents, words joined by hyphens.
 * @example companyKey('Acme Widgets, Inc.') // 'acme-widgets'
 * @example companyKey('Société Générale S.A.') // 'societe-generale'
 */
export function companyKey(name: string): string {
  return companyInText(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
