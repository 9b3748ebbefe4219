import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { LANGUAGES } from './i18n.js';
import { CATALOGUES } from './translate.js';
import { localiseMessage, matchMessage } from './error-messages.js';

const SRC = join(process.cwd(), 'src');
const PLACEHOLDERS = /\{\{\s*(\w+)/g;
const placeholders = (text: string) => new Set([...text.matchAll(PLACEHOLDERS)].map((m) => m[1]!));
const PLURAL = /_(zero|one|two|few|many|other)$/;

function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** A message as the code may build it: literals as they are, each `${…}` of a template as a sample value. */
function texts(node: ts.Node | undefined): string[] | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text + node.templateSpans.map((s, i) => `7${i}${s.literal.text}`).join('')];
  if (ts.isConditionalExpression(node)) {
    const [a, b] = [texts(node.whenTrue), texts(node.whenFalse)];
    return a && b ? [...a, ...b] : undefined;
  }
  if (ts.isParenthesizedExpression(node)) return texts(node.expression);
  return undefined;
}

interface Thrown {
  code: string;
  message: string;
  where: string;
}

/**
 * Every message a person can meet, found in the sources: `new AppError(status, 'CODE', message)`, `notFound(what,
 * code)`, the messages passed on to AppError by helpers (refuseIfUsed, crud's duplicate, rate limits, an inactive
 * school's message), and every `{ path, message }` detail. A message built at run time from something else is
 * listed in `dynamic` and must be one of the helpers named here.
 */
function thrownMessages() {
  const thrown: Thrown[] = [];
  const dynamic: string[] = [];
  for (const file of sources()) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (n: ts.Node) => `${file.slice(SRC.length + 1)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const add = (code: string, node: ts.Node | undefined, at: ts.Node) => {
      // A template that is nothing but values (`${name}: ${bad}`) says nothing of its own: it is listed as built elsewhere.
      const found = node && ts.isTemplateExpression(node) && !/[A-Za-z]/.test(texts(node)![0]!) ? undefined : texts(node);
      if (found) for (const message of found) thrown.push({ code, message, where: where(at) });
      else dynamic.push(`${code} ${node?.getText()} ${where(at)}`);
    };
    const visit = (n: ts.Node) => {
      if (ts.isNewExpression(n) && n.expression.getText() === 'AppError') {
        const [, code, message] = n.arguments ?? [];
        // notFound(what, code) itself: its callers are read below.
        if (!(file.endsWith('lib/errors.ts') && code?.getText() === 'code'))
          add(code && ts.isStringLiteral(code) ? code.text : (code?.getText() ?? '?'), message, n);
      }
      if (ts.isCallExpression(n)) {
        const name = n.expression.getText();
        const [first, second] = n.arguments;
        if (name === 'notFound' && first && !ts.isIdentifier(first)) {
          const code = second && ts.isStringLiteral(second) ? second.text : 'NOT_FOUND';
          for (const what of texts(first) ?? []) thrown.push({ code, message: `${what} not found`, where: where(n) });
        }
        if (name === 'refuseIfUsed') add('IN_USE', second, n);
        // zod messages a schema writes itself: .refine(check, 'message'), .regex(re, 'message'), .min(10, 'message').
        const method = ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : '';
        if (['refine', 'regex', 'min', 'max', 'length'].includes(method) && second && ts.isStringLiteral(second)) add('detail', second, n);
      }
      if (ts.isObjectLiteralExpression(n)) {
        const prop = (key: string) =>
          n.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === key)?.initializer;
        const [path, message, code] = [prop('path'), prop('message'), prop('code')];
        const inZod =
          ts.isCallExpression(n.parent) &&
          ts.isPropertyAccessExpression(n.parent.expression) &&
          /^(refine|superRefine|addIssue)$/.test(n.parent.expression.name.text);
        if (message && (path || inZod)) add('detail', message, n);
        // z.enum(values, { error: `must be one of …` }): zod's custom message for the whole field.
        const error = prop('error');
        if (error && ts.isCallExpression(n.parent) && texts(error)) add('detail', error, n);
        else if (message && code && ts.isStringLiteral(code) && /^[A-Z_]+$/.test(code.text)) add(code.text, message, n);
        else if (message && file.endsWith('rate-limit.ts') && texts(message)) add('RATE_LIMITED', message, n);
      }
      if (ts.isFunctionDeclaration(n) && n.name?.text === 'inactiveMessage') {
        n.forEachChild(function returns(c: ts.Node) {
          if (ts.isReturnStatement(c)) add('TENANT_INACTIVE', c.expression, c);
          c.forEachChild(returns);
        });
      }
      if (ts.isFunctionDeclaration(n) && n.name?.text === 'scoreProblem') {
        n.forEachChild(function returns(c: ts.Node) {
          if (ts.isReturnStatement(c) && c.expression && c.expression.kind !== ts.SyntaxKind.NullKeyword)
            for (const t of texts(c.expression) ?? [])
              thrown.push({
                code: 'detail',
                message: `Ann Lee: ${t.replace(/^at most 70 decimal/, 'at most 1 decimal')}`,
                where: where(c),
              });
          c.forEachChild(returns);
        });
      }
      if (ts.isFunctionDeclaration(n) && (n.name?.text === 'subdomainProblem' || n.name?.text === 'domainProblem')) {
        n.forEachChild(function returns(c: ts.Node) {
          if (ts.isReturnStatement(c) && c.expression && texts(c.expression)) {
            add('detail', c.expression, c);
            for (const t of texts(c.expression) ?? [])
              thrown.push({ code: 'VALIDATION_ERROR', message: `The subdomain ${t}`, where: where(c) });
          }
          c.forEachChild(returns);
        });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { thrown, dynamic };
}

const { thrown, dynamic } = thrownMessages();

describe('the error catalogue', () => {
  it('finds the messages in the sources (the walk itself works)', () => {
    expect(thrown.length).toBeGreaterThan(200);
    expect(thrown).toContainEqual(expect.objectContaining({ code: 'NOT_YOUR_SECTION', message: 'You do not teach this section' }));
    expect(thrown).toContainEqual(expect.objectContaining({ code: 'IN_USE', message: 'Students are placed in this section' }));
  });

  it('has an English entry that reads back every message thrown in server/src, so each can be translated', () => {
    const missing = thrown.filter((t) => !matchMessage(t.code, t.message)).map((t) => `${t.code} "${t.message}" (${t.where})`);
    expect(missing).toEqual([]);
  });

  it('knows every message built elsewhere: what it cannot read statically comes only from the helpers it walks', () => {
    // Passed through: refuseIfUsed's message, crud's duplicate code and message, a rate limit's message, an inactive
    // school's message, a score problem (its texts are details with the student's name), a subdomain problem.
    const allowed = [
      /^IN_USE message /,
      /^o\.duplicate\.code o\.duplicate\.message /,
      /^RATE_LIMITED message /,
      /^TENANT_INACTIVE inactiveMessage/,
    ];
    const detailsFrom = [
      /^detail `\$\{name\}: \$\{bad\}`/,
      /^detail problem /,
      /^detail `domain \$\{problem\}`/,
      /^detail `subdomain \$\{problem\}`/,
      // zod's own messages (zod's locales translate them, http/validate.ts), "Required" for a missing field.
      /^detail \/ received undefined\$\/\.test/,
    ];
    const unknown = dynamic.filter((d) => ![...allowed, ...detailsFrom].some((a) => a.test(d)));
    expect(unknown).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every English entry, with the same placeholders and its plural forms', (lng) => {
    const en = CATALOGUES.en.errors;
    const other = CATALOGUES[lng].errors;
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    const problems: string[] = [];
    for (const [key, text] of Object.entries(en)) {
      const names = placeholders(text);
      if (names.has('count')) {
        for (const c of categories) {
          const t = other[`${key}_${c}`];
          if (t === undefined) problems.push(`${key}_${c} missing`);
          // A form may spell the number out (Arabic "two"), but names nothing English does not pass.
          else if ([...placeholders(t)].some((n) => !names.has(n))) problems.push(`${key}_${c} placeholders`);
        }
      } else if (other[key] === undefined) problems.push(`${key} missing`);
      else if ([...placeholders(other[key])].sort().join() !== [...names].sort().join()) problems.push(`${key} placeholders`);
    }
    for (const key of Object.keys(other)) {
      const base = key.replace(PLURAL, '');
      if (!key.startsWith('term.') && en[key] === undefined && en[base] === undefined) problems.push(`${key} is not an English key`);
    }
    expect(problems).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every email string, with the same placeholders', (lng) => {
    const problems = Object.entries(CATALOGUES.en.emails).flatMap(([key, text]) => {
      const other = CATALOGUES[lng].emails[key];
      if (other === undefined) return [`${key} missing`];
      return [...placeholders(other)].sort().join() === [...placeholders(text)].sort().join() ? [] : [`${key} placeholders`];
    });
    expect(problems).toEqual([]);
    expect(Object.keys(CATALOGUES[lng].emails).sort()).toEqual(Object.keys(CATALOGUES.en.emails).sort());
  });

  it('says every word the code passes in (a thing, a status, a feature) in each language', () => {
    const terms = (lng: (typeof LANGUAGES)[number]) => Object.keys(CATALOGUES[lng].errors).filter((k) => k.startsWith('term.'));
    expect(terms('ar')).toEqual(terms('fr'));
    expect(terms('es')).toEqual(terms('fr'));
    // Everything the code says is not found (notFound('Student'), "Exam not found") has its term.
    const things = thrown.flatMap((t) => {
      const found = matchMessage(t.code, t.message);
      return found && typeof found.values.what === 'string' ? [found.values.what.toLowerCase()] : [];
    });
    const missing = [...new Set(things)].filter((w) => !terms('fr').includes(`term.${w}`));
    expect(missing).toEqual([]);
  });

  it('renders a message in each language, values read back from the English one', () => {
    expect(localiseMessage('NOT_FOUND', 'Student not found', 'fr')).toBe("L'élève est introuvable");
    expect(localiseMessage('NOT_FOUND', 'Fee structure not found', 'es')).toBe('No se encontró la estructura de cuotas');
    expect(localiseMessage('OVER_CAPACITY', '1 students are already in this section', 'fr')).toBe('1 élève est déjà dans ce groupe');
    expect(localiseMessage('OVER_CAPACITY', '3 students are already in this section', 'ar')).toBe('يوجد 3 طلاب في هذه الشعبة بالفعل');
    expect(localiseMessage('OVER_CAPACITY', '11 students are already in this section', 'ar')).toBe('يوجد 11 طالبًا في هذه الشعبة بالفعل');
    expect(localiseMessage('FEATURE_DISABLED', 'The financialManagement feature is not enabled for this school', 'es')).toBe(
      'La función «gestión financiera» no está activada para esta escuela',
    );
    expect(localiseMessage('YEAR_OVERLAP', 'The dates overlap the academic year 2025/26', 'fr')).toBe(
      "Les dates chevauchent l'année scolaire 2025/26",
    );
    // English is what the code wrote; a message nobody catalogued stays English rather than wrong.
    expect(localiseMessage('NOT_FOUND', 'Student not found', 'en')).toBe('Student not found');
    expect(localiseMessage('SOMETHING_NEW', 'A brand new message', 'fr')).toBe('A brand new message');
  });
});
