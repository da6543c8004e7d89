"""Generates dict/verbs.txt from the tables in nouns.py and blocks.py (run from the repo root:
python3 scripts/dev/verbs/gen.py). Not run at build time: edit the tables, run, commit both."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
exec(open(os.path.join(HERE, 'nouns.py')).read())
exec(open(os.path.join(HERE, 'blocks.py')).read())
codes = set(l.split('\t')[0] for l in open(os.path.join(ROOT, 'dict', 'cameo.tsv')).read().splitlines()[1:])
DOUBLE = {'SIT', 'HIT', 'CUT', 'PUT', 'SET', 'SHUT', 'GET', 'RUN', 'BEGIN', 'WIN', 'FORGET', 'SHED', 'BID', 'FORBID',
          'OUTBID', 'UPSET', 'QUIT', 'SWIM', 'SPIN', 'STRIP', 'PLOT', 'STOP', 'DROP', 'SHOP', 'SLAP', 'SLAM', 'RAM',
          'JAM', 'CLOG', 'NAB', 'GAG', 'BAR', 'BAN', 'CAP', 'RAP', 'LOB', 'MOB', 'CLUB', 'PROD', 'FLOG', 'TRAP',
          'REBUT', 'OMIT', 'ADMIT', 'COMMIT', 'PERMIT', 'SUBMIT', 'TRANSMIT', 'REFER', 'DEFER', 'CONFER', 'PREFER',
          'OCCUR', 'INCUR', 'STAB', 'SNUB', 'SKIM', 'SCRAP', 'SHRUG', 'DRUG', 'PIN', 'ROB', 'SPAR', 'STAR', 'WRAP',
          'EXPEL', 'COMPEL', 'PROPEL', 'REPEL'}
def s_form(v):
    if re.search(r'(S|X|Z|CH|SH)$', v): return v + 'ES'
    if re.search(r'[^AEIOU]Y$', v): return v[:-1] + 'IES'
    return v + 'S'
def ing_form(v):
    if v.endswith('IE'): return v[:-2] + 'YING'
    if v in DOUBLE: return v + v[-1] + 'ING'
    if v.endswith('E') and not v.endswith(('EE', 'YE', 'OE')): return v[:-1] + 'ING'
    return v + 'ING'
def ed_form(v):
    if v in DOUBLE: return v + v[-1] + 'ED'
    if v.endswith('E'): return v + 'D'
    if re.search(r'[^AEIOU]Y$', v): return v[:-1] + 'IED'
    return v + 'ED'
def verb_line(v):
    parts = v.split('_')
    head, rest = parts[0], parts[1:]
    def mk(form):
        if not rest: return form
        return '+' + '_'.join([form] + rest)
    if head in IRR:
        forms = [s_form(head), ing_form(head)] + IRR[head].split()
        if not IRR[head]: forms.append(ed_form(head))
        return mk(head) + ' {' + ' '.join(mk(f) for f in forms) + '}'
    if rest:
        return mk(head)
    return head
def render(slot, noun):
    if slot == 'obj': return f'* {noun}'
    return f'* ({slot.upper()} {noun})'

out = []
errors = []
seen_verbs = {}
npat = 0
PART = {'OUT','UP','DOWN','OFF','IN','ON','OVER','BACK','AWAY','ASIDE','INTO','BY','FORWARD','TOGETHER'}
def okverb(v):
    p = v.split('_')
    return len(p) == 1 or (len(p) == 2 and p[1] in PART)
for name, code, verbs, frames, extra in B:
    errors += [f'{name}: verb {v} is neither one word nor verb_PARTICLE' for v in verbs if not okverb(v)]
    if not verbs: continue
    if code != '---' and code not in codes: errors.append(f'{name}: block code {code}')
    for v in verbs:
        if v in seen_verbs: errors.append(f'verb {v} in {seen_verbs[v]} and {name}')
        seen_verbs[v] = name
    pats = {}
    for p, c in extra:
        if c != '---' and c not in codes: errors.append(f'{name}: {p} code {c}')
        if p in pats and pats[p] != c: errors.append(f'{name}: {p} both {pats[p]} and {c}')
        pats.setdefault(p, c)
    for fr, slot in frames:
        for cls, (nouns, fc) in NOUNS.items():
            if fr not in fc: continue
            c = fc[fr]
            if c not in codes: errors.append(f'{name}: frame {fr} {cls} code {c}')
            for n in nouns:
                p = render(slot, n)
                pats.setdefault(p, c)
                if cls in WITH_TARGET and slot != 'with':
                    pats.setdefault(p + ' (WITH +)', c)
    # Infinitive complements for appeal, demand, reject and intent frames.
    for fr in sorted({fr for fr, _ in frames} & {'A', 'D', 'R', 'I'}):
        for v, vc in INF.items():
            if fr in vc:
                if vc[fr] not in codes: errors.append(f'{name}: INF {v} code {vc[fr]}')
                pats.setdefault(f'* (TO {v})', vc[fr])
    # Plural lemmas: add the plural spelling of nouns the lemmatizer leaves plural.
    for p, c in list(pats.items()):
        q = p
        for sg, pl in ALIASES.items():
            q = re.sub(r'(?<![A-Z_&\-])' + sg + r'(?![A-Z_\-])', pl, q)
        if q != p:
            pats.setdefault(q, c)
    # Mutual actions with a compound subject: "AND % * NOUN".
    if name in MUTUAL:
        for p, c in list(pats.items()):
            if c != '---' and p.startswith('* ') and '+' not in p and '$' not in p:
                pats.setdefault('AND % ' + p, c)
        if code != '---':
            pats.setdefault('AND % *', code)
    # Ties go to the pattern listed first: bare prepositions ("* (TO)") go last.
    order = sorted(pats.items(), key=lambda pc: 1 if re.fullmatch(r'(AND % )?\* \([A-Z]+( [+$])?\)', pc[0]) else 0)
    pats = dict(order)
    out.append(f'---  {name}   [{code}]  ---')
    for v in verbs:
        out.append(verb_line(v))
    for p, c in pats.items():
        out.append(f'- {p:<52} [{c}]')
        npat += 1
    out.append('')
    out.append('')
for e in errors: print('ERR', e, file=sys.stderr)
print(npat, 'patterns', len(B), 'blocks', len(seen_verbs), 'verbs', file=sys.stderr)
if errors:
    sys.exit(1)
header = open(os.path.join(HERE, 'header.txt')).read()
with open(os.path.join(ROOT, 'dict', 'verbs.txt'), 'w') as f:
    f.write(header + '\n'.join(out) + '\n' + '\n####### TRANSFORMATIONS #######\n\n' + '\n'.join(TRANSFORMS) + '\n')
