import json
import numpy as np
exec(open('scripts/experiments/toxic-stack/stack.py').read().split('# --- arrays')[0])
va=[json.loads(l) for l in open('artifacts/toxic-stack/dump-valid.jsonl')]
for S in ['gh-incivility','toxicr','hatemoderate']:
    R=[r for r in va if r['set']==S]; y=np.array([r['y'] for r in R])
    k=SETS.index(S)
    w=np.array([r['e'][k] for r in R]); m=np.array([max([s['e'][k] for s in r['sents']]+[r['e'][k]]) for r in R])
    pm=np.array([r['p'] for r in R]); ps=np.array([max([s['p'] for s in r['sents']]+[r['p']]) for r in R])
    ns=np.array([len(r['sents']) for r in R])
    print(S, 'expert whole AUC %.3f best %.3f | max-sent %.3f best %.3f | mix whole %.3f best %.3f | mix max-sent %.3f best %.3f'%(auc(w,y),best_threshold(w,y)[1],auc(m,y),best_threshold(m,y)[1],auc(pm,y),best_threshold(pm,y)[1],auc(ps,y),best_threshold(ps,y)[1]), 'mean sents', ns.mean(), 'gate own', np.mean([r['g'][k] for r in R]))
