import json, sys, hashlib
import numpy as np

rows = [json.loads(l) for l in open('artifacts/toxic-stack/dump-valid.jsonl')]
SETS = ['toxicr', 'gh-incivility', 'ferreira', 'strudel', 'davidson', 'hatemoderate', 'hatexplain', 'paradetox']
GH = 1
PD = 7
EPS = 1e-7

def logit(p):
    p = np.clip(p, EPS, 1 - EPS)
    return np.log(p / (1 - p))

def sig(x):
    return 1 / (1 + np.exp(-x))

def f1(p, y, t=0.5):
    pred = p >= t
    tp = np.sum(pred & (y == 1)); fp = np.sum(pred & (y == 0)); fn = np.sum(~pred & (y == 1))
    return 2 * tp / max(1, 2 * tp + fp + fn)

def auc(p, y):
    order = np.argsort(p, kind='mergesort')
    ranks = np.empty(len(p)); ranks[order] = np.arange(1, len(p) + 1)
    # ties
    from collections import defaultdict
    d = defaultdict(list)
    for i, v in enumerate(p): d[v].append(i)
    for v, idx in d.items():
        if len(idx) > 1: ranks[idx] = ranks[idx].mean()
    npos = y.sum(); nneg = len(y) - npos
    return (ranks[y == 1].sum() - npos * (npos + 1) / 2) / (npos * nneg)

def best_threshold(s, y):
    cands = np.unique(s)
    best = (-1, 0)
    order = np.argsort(-s)
    ss = s[order]; yy = y[order]
    tp = np.cumsum(yy); fp = np.cumsum(1 - yy); P = yy.sum()
    f = 2 * tp / (tp + fp + P)
    # threshold between ss[i] and ss[i+1]
    i = np.argmax(f)
    thr = (ss[i] + ss[i + 1]) / 2 if i + 1 < len(ss) else ss[i] - 1e-6
    return thr, f[i]

def fit_slope(s, y, thr):
    # 1-d logistic on (s - thr), no intercept, Newton
    x = s - thr; a = 1.0
    for _ in range(30):
        p = sig(a * x); g = np.sum((p - y) * x); h = np.sum(p * (1 - p) * x * x) + 1e-9
        a -= g / h
    return a

def fit_lr(X, y, lam):
    mu = X.mean(0); sd = X.std(0); sd[sd == 0] = 1
    S = np.hstack([np.ones((len(X), 1)), (X - mu) / sd])
    w = np.zeros(S.shape[1])
    R = lam * np.eye(S.shape[1]); R[0, 0] = 1e-6
    for _ in range(15):
        p = sig(S @ w)
        g = S.T @ (p - y) + R @ w
        H = (S * (p * (1 - p))[:, None]).T @ S + R
        w -= np.linalg.solve(H, g)
    W = w[1:] / sd; b = w[0] - W @ mu
    return W, b

def group_folds(groups, k, draw):
    return np.array([int(hashlib.md5(f'{draw}:{g}'.encode()).hexdigest(), 16) % k for g in groups])

def fit_stacker(X, y, groups, lams=(1, 10, 100), draw=0):
    inner = group_folds(groups, 5, 100 + draw)
    best = None
    for lam in lams:
        oof = np.zeros(len(y))
        for k in range(5):
            tr = inner != k
            W, b = fit_lr(X[tr], y[tr], lam)
            oof[~tr] = X[~tr] @ W + b
        thr, v = best_threshold(oof, y)
        if best is None or v > best[0] + 1e-9:
            best = (v, lam, oof, thr)
    v, lam, oof, thr = best
    slope = fit_slope(oof, y, thr)
    W, b = fit_lr(X, y, lam)
    return slope * W, slope * (b - thr), lam

# --- arrays
def feats(r, kind):
    e = np.array(r['e']); g = np.array(r['g'])
    z = logit(e[GH])
    parts = [[z]]
    if 'style' in kind: parts.append(r['s'])
    if 'tone' in kind: parts.append(r['t'])
    if 'experts' in kind: parts.append(list(logit(e)))
    if 'gate' in kind: parts.append(list(g))
    return np.concatenate([np.array(p, dtype=float) for p in parts])

def mix(e, g, gh_prob):
    e = np.array(e, dtype=float); e[GH] = gh_prob
    m = float(np.dot(g, e))
    o = e[PD]
    return o if (o > 0.8 and o > m) else m

def final(r, stack=None, kind=''):
    def one(x):
        if stack is None: return x['p'] if 'p' in x else None
        W, b = stack
        return mix(x['e'], x['g'], sig(feats(x, kind) @ W + b))
    whole = one(r)
    n = len(r['sents'])
    if n >= 2 and (whole >= 0.03 or n >= 3):
        best = max(one(s) for s in r['sents'])
        if best >= 0.8: return max(whole, best)
    return whole

y_all = np.array([r['y'] for r in rows])
set_all = np.array([r['set'] for r in rows])

def report(ps, label):
    out = []
    for s in SETS:
        m = set_all == s
        out.append(f'{s[:6]} {f1(ps[m], y_all[m]):.3f}')
    m = set_all == 'gh-incivility'
    print(f'{label:38s} ' + ' '.join(out) + f'  ghAUC {auc(ps[m], y_all[m]):.3f}')

base = np.array([final(r) for r in rows])
report(base, 'shipped')

gh_idx = np.where(set_all == 'gh-incivility')[0]
gh_rows = [rows[i] for i in gh_idx]
gy = y_all[gh_idx]
groups = [r['grp'] for r in gh_rows]

kinds = sys.argv[1:] or ['logit', 'style', 'tone', 'style+tone', 'style+tone+experts+gate', 'tone+experts+gate']
for kind in kinds:
    X = np.array([feats(r, kind) for r in gh_rows])
    for draw in (1, 2):
        outer = group_folds(groups, 5, draw)
        ps = np.array([0.0] * len(rows))
        # non-GH rows: stacker fitted on all GH rows
        W, b, lam = fit_stacker(X, gy, groups, draw=draw)
        for i, r in enumerate(rows):
            if set_all[i] != 'gh-incivility': ps[i] = final(r, (W, b), kind)
        lams = []
        for k in range(5):
            tr = outer != k
            Wk, bk, lk = fit_stacker(X[tr], gy[tr], [g for g, t in zip(groups, tr) if t], draw=draw)
            lams.append(lk)
            for j in np.where(~tr)[0]:
                ps[gh_idx[j]] = final(gh_rows[j], (Wk, bk), kind)
        report(ps, f'{kind} d{draw} lam{lams}')
