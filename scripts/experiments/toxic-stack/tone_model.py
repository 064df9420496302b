import json, sys
import numpy as np
exec(open('scripts/experiments/toxic-stack/stack.py').read().split('# --- arrays')[0])
tr = [json.loads(l) for l in open('artifacts/toxic-stack/dump-train.jsonl')]
va = [json.loads(l) for l in open('artifacts/toxic-stack/dump-valid.jsonl')]
ghtr = [r for r in tr if r['set']=='gh-incivility']; ghva=[r for r in va if r['set']=='gh-incivility']
def F(r, kind):
    p=[]
    if 'style' in kind: p+=r['s']
    if 'tone' in kind: p+=r['t']
    return np.array(p,float)
ytr=np.array([r['y'] for r in ghtr]); yva=np.array([r['y'] for r in ghva])
print('gh train', len(ytr), ytr.sum(), 'valid', len(yva), yva.sum())
zva=logit(np.array([r['e'][1] for r in ghva])); ztr=logit(np.array([r['e'][1] for r in ghtr]))
print('expert AUC valid', auc(zva,yva), 'train (overfit)', auc(ztr,ytr))
mix_va=np.array([r['p'] for r in ghva]); print('mixture AUC valid', auc(mix_va,yva))
for kind in ['style','tone','style+tone']:
    for lam in [1,10,100,1000]:
        X=np.array([F(r,kind) for r in ghtr]); W,b=fit_lr(X,ytr,lam)
        s=np.array([F(r,kind) for r in ghva])@W+b
        # combined: simple sum of standardized
        print(kind, lam, 'tone AUC valid %.3f'%auc(s,yva), ' z+s AUC %.3f'%auc(zva/zva.std()+s/s.std(),yva), ' z+0.5s %.3f'%auc(zva/zva.std()+0.5*s/s.std(),yva))
