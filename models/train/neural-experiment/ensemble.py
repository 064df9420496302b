"""Neural-encoder experiment (not shipped): cross-fitted comparison on the validation splits of the shipped
experts, the encoder's experts and their expert-level ensemble (per expert k: logistic regression on
[shipped calibrated logit, encoder logit] gives the encoder's weight; then the best-F1 threshold and a Platt
slope, as toxic.ts calibrates), judged (a) by the row's own expert and (b) through the shipped mixture
(shipped gate weights, ParaDetox override at 0.8). Every choice is made on 4/5 of the rows (5 folds grouped
by set + group, 2 fold assignments averaged) and scored on the other 1/5; F1 at 0.5.
  /usr/bin/python3 ensemble.py RUN-valid.npy [RUN2-valid.npy ...]   (encoder seeds' logits averaged)
ONLY=0,4 combines only those experts; BOOT=1 adds a paired bootstrap of the F1 difference."""
import json, sys, zlib
import numpy as np
K = 8
rows = [json.loads(l) for l in open(__import__('os').environ.get('DATA', '/tmp/s4-neural') + '/valid.jsonl')]
S = np.array([r['s'] for r in rows]); Y = np.array([r['y'] for r in rows], dtype=float)
E = np.clip(np.array([r['expert'] for r in rows], dtype=np.float64), 1e-7, 1 - 1e-7)
ZS = np.log(E / (1 - E))                       # shipped calibrated expert logits
G = np.array([r['gate'] for r in rows]); WHOLE = np.array([r['whole'] for r in rows])
ONLY = [int(x) for x in __import__('os').environ.get('ONLY', '0,1,2,3,4,5,6,7').split(',')]
encs = [np.load(p)[:, :K].astype(np.float64) for p in sys.argv[1:]]
ZE = sum(encs) / len(encs)                     # mean of encoder seeds' expert logits
names = [r['set'] for r in rows]; setnames = [next(r['set'] for r in rows if r['s'] == k) for k in range(K)]
sig = lambda z: 1 / (1 + np.exp(-z))

def auc(s, y):
    o = np.argsort(s, kind='mergesort'); r = np.empty(len(s)); r[o] = np.arange(1, len(s) + 1)
    _, inv, cnt = np.unique(s, return_inverse=True, return_counts=True); r = (np.bincount(inv, r) / cnt)[inv]
    p = y.sum(); n = len(y) - p; return (r[y == 1].sum() - p * (p + 1) / 2) / (p * n)
def f1(p, y, t=0.5):
    pos = p >= t; tp = (pos & (y == 1)).sum(); return 2 * tp / (pos.sum() + y.sum()) if tp else 0.0
def best_t(s, y):
    o = np.argsort(-s); ys = y[o]; tp = np.cumsum(ys); fp = np.cumsum(1 - ys)
    f = 2 * tp / (tp + fp + ys.sum()); i = int(np.argmax(f))
    return (s[o][i] + s[o][min(i + 1, len(s) - 1)]) / 2
def slope(z, y, t):
    lo, hi = 0.02, 5; g = (5 ** .5 - 1) / 2
    nll = lambda a: np.sum(np.logaddexp(0, a * (z - t)) - y * a * (z - t))
    for _ in range(60):
        m1 = hi - g * (hi - lo); m2 = lo + g * (hi - lo)
        if nll(m1) < nll(m2): hi = m2
        else: lo = m1
    return (lo + hi) / 2
def logreg(X, y, l2=1e-3):
    X = np.c_[X, np.ones(len(X))]; w = np.zeros(X.shape[1])
    for _ in range(30):
        p = sig(X @ w); g = X.T @ (p - y) + l2 * w; H = (X * (p * (1 - p))[:, None]).T @ X + l2 * np.eye(len(w))
        w -= np.linalg.solve(H, g)
    return w

def combine(k, idx, mode):
    """Fits the combined expert k on rows idx (set k's rows); returns a function rows -> calibrated prob."""
    zs, ze, y = ZS[idx, k], ZE[idx, k], Y[idx]
    if mode == 'ship' or (mode == 'ens' and k not in ONLY): beta_s, beta_e = 1.0, 0.0
    elif mode == 'enc': beta_s, beta_e = 0.0, 1.0
    else:
        w = logreg(np.c_[zs, ze], y); beta_s, beta_e = 1.0, w[1] / max(w[0], 1e-3)
    c = beta_s * zs + beta_e * ze; t = best_t(c, y); a = slope(c, y, t)
    return lambda r: sig(a * (beta_s * ZS[r, k] + beta_e * ZE[r, k] - t)), beta_e

GATED = [1, 1, 0, 1, 1, 1, 1, 1]
def mixture(P, rows_):
    g = G[rows_]  # shipped gate weights (already τ and masked)
    mix = (g * P).sum(1) / np.maximum(g.sum(1), 1e-12)
    o = P[:, 7]; return np.where((o > 0.8) & (o > mix), o, mix)

def folds(seed):
    return np.array([zlib.crc32(f'{seed}:{r["set"]}:{r["g"]}'.encode()) % 5 for r in rows])

def run(mode):
    own = {k: [] for k in range(K)}; mixf = {k: [] for k in range(K)}; betas = []
    for seed in (1, 2):
        fo = folds(seed); P = np.zeros((len(rows), K)); own_p = np.zeros(len(rows))
        for f in range(5):
            test = np.where(fo == f)[0]
            for k in range(K):
                tr = np.where((fo != f) & (S == k))[0]
                fn, b = combine(k, tr, mode); betas.append(b)
                P[test, k] = fn(test)
        for k in range(K):
            m = S == k
            own[k].append(f1(P[m, k], Y[m])); mixf[k].append(f1(mixture(P[m], np.where(m)[0]), Y[m]))
    return {k: np.mean(own[k]) for k in range(K)}, {k: np.mean(mixf[k]) for k in range(K)}, np.median(betas)

print('AUC own expert: set  ship  enc  ens(zs+ze*std ratio)')
for k in range(K):
    m = S == k; r = ZS[m, k].std() / ZE[m, k].std()
    print(f'  {setnames[k]:14s} {auc(ZS[m,k],Y[m]):.3f} {auc(ZE[m,k],Y[m]):.3f} {auc(ZS[m,k]+r*ZE[m,k],Y[m]):.3f}')
res = {mode: run(mode) for mode in ('ship', 'enc', 'ens')}
print('cross-fitted F1@0.5 (2 fold assignments): own expert ship/enc/ens | mixture ship/enc/ens')
for k in range(K):
    print(f'  {setnames[k]:14s} ' + ' '.join(f'{res[m][0][k]:.3f}' for m in res) + ' | ' + ' '.join(f'{res[m][1][k]:.3f}' for m in res))
print('median beta_e (ens):', round(res['ens'][2], 3))
print('trainer-style (not cross-fitted) shipped whole mixture F1:', ' '.join(f'{f1(WHOLE[S==k],Y[S==k]):.3f}' for k in range(K)))

def oof(mode, seed):
    fo = folds(seed); P = np.zeros((len(rows), K))
    for f in range(5):
        test = np.where(fo == f)[0]
        for k in range(K):
            tr = np.where((fo != f) & (S == k))[0]
            P[test, k] = combine(k, tr, mode)[0](test)
    return mixture(P, np.arange(len(rows)))
if __import__('os').environ.get('BOOT'):
    rng = np.random.default_rng(0)
    a, b = oof('ship', 1), oof('ens', 1)
    for k in (0, 1, 5):
        idx = np.where(S == k)[0]; d = []
        for _ in range(1000):
            r = rng.choice(idx, len(idx)); d.append(f1(b[r], Y[r]) - f1(a[r], Y[r]))
        print(f'bootstrap {setnames[k]} F1 diff ens-ship: mean {np.mean(d):+.3f} 95% [{np.percentile(d,2.5):+.3f}, {np.percentile(d,97.5):+.3f}]')
