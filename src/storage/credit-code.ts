/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet without I, O, S, V, Z; the
 * last one is a check character computed from the first 17 with fixed weights (3^i mod 31).
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Upper-case, half-width, without spaces: how a code typed or pasted from a document is stored. */
export function normalizeCreditCode(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 characters, or undefined when one of them is not allowed. */
export function creditCodeCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return undefined;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** A Chinese sentence saying what is wrong with the code, or undefined when it is valid. */
export function creditCodeProblem(input: string): string | undefined {
  const code = normalizeCreditCode(input);
  if (code.length !== 18) {
    return `统一社会信用代码应为 18 位，“${input}”是 ${code.length} 位，请核对后重新填写。`;
  }
  const bad = [...code].find((ch) => !ALPHABET.includes(ch));
  if (bad !== undefined) {
    return `统一社会信用代码中不能出现“${bad}”（只用数字和除 I、O、S、V、Z 以外的大写字母），请核对后重新填写。`;
  }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) {
    return `统一社会信用代码“${code}”的校验位不对，可能有字符抄错，请对照证书核对。`;
  }
  return undefined;
}
