import json, sys
import numpy as np
src=open('scripts/experiments/toxic-stack/stack.py').read()
exec(src.split('# --- arrays')[0])
tr = [json.loads(l) for l in open('artifacts/toxic-stack/dump-train.jsonl')]
TONE_SETS = sys.argv[1].split(',') if len(sys.argv)>1 else ['gh-incivility']
LAM = float(sys.argv[2]) if len(sys.argv)>2 else 100
def F(r): return np.array(r['s']+r['t'],float)
trr=[r for r in tr if r['set'] in TONE_SETS]
Xt=np.array([F(r) for r in trr]); yt=np.array([r['y'] for r in trr])
Wt,bt=fit_lr(Xt,yt,LAM)
def tone(x): return F(x)@Wt+bt
def feats(r, kind):
    z=logit(np.array(r['e'])[GH])
    if kind=='logit': return np.array([z])
    return np.array([z, tone(r)])
rest = src.split('# --- arrays')[1]
rest = rest[rest.index('def mix('):]
rest = rest.replace("kinds = sys.argv[1:] or ['logit', 'style', 'tone', 'style+tone', 'style+tone+experts+gate', 'tone+experts+gate']", "kinds=['logit','tone']")
exec(rest)

# diagnostics: whole-draft only, expert-level
print('--- expert level on GH valid (nested), F1@0.5 / bestF1 / AUC')
for kind in ['logit','tone']:
    X = np.array([feats(r, kind) for r in gh_rows])
    for draw in (1,2):
        outer = group_folds(groups, 5, draw); s=np.zeros(len(gy))
        for k in range(5):
            trm = outer != k
            Wk, bk, lk = fit_stacker(X[trm], gy[trm], [g for g, t in zip(groups, trm) if t], draw=draw)
            s[~trm] = X[~trm]@Wk+bk
        mixw = np.array([mix(r['e'], r['g'], sig(v)) for r, v in zip(gh_rows, s)])
        print(kind, draw, 'expert %.3f / %.3f / %.3f'%(f1(s,gy,0), best_threshold(s,gy)[1], auc(s,gy)), ' mixture whole %.3f / %.3f / %.3f'%(f1(mixw,gy), best_threshold(mixw,gy)[1], auc(mixw,gy)))
