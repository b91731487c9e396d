/** "joining Quanta Cloud GmbH": a legal form belongs on a contract, not in a sentence. */
import { companyInText } from '@followup/core/company';
import { at, type Rule } from '../rule.ts';

export const legalSuffix: Rule = ({ fields, record }) => {
  const full = record.company.name.trim();
  const plain = companyInText(full);
  if (plain === full) return [];
  return fields.flatMap((field) =>
    [...field.text.matchAll(new RegExp(full.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) =>
      at(field, m.index + plain.length, m.index + m[0].length, {
        rule: 'legal_suffix',
        severity: 'warning',
        message: `Write "${plain}" in running text; the legal form "${full.slice(plain.length).replace(/^[\s,]+/, '')}" reads stiff.`,
      }),
    ),
  );
};
