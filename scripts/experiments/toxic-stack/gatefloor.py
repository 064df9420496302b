import json
import numpy as np
exec(open('scripts/experiments/toxic-stack/stack.py').read().split('# --- arrays')[0])
va=[json.loads(l) for l in open('artifacts/toxic-stack/dump-valid.jsonl')]
y=np.array([r['y'] for r in va]); st=np.array([r['set'] for r in va])
def score(x, mode, t):
    e=np.array(x['e']); g=np.array(x['g']); m=float(g@e)
    o=e[PD]; m = o if (o>0.8 and o>m) else m
    if mode=='floor' and g[GH]>=t: m=max(m,e[GH])
    if mode=='argmax' and np.argmax(g)==GH and g[GH]>=t: m=e[GH]
    return m
def final(r, mode, t):
    w=score(r,mode,t); n=len(r['sents'])
    if n>=2 and (w>=0.03 or n>=3):
        b=max(score(s,mode,t) for s in r['sents'])
        if b>=0.8: return max(w,b)
    return w
for mode in ['none','floor','argmax']:
    for t in ([0] if mode=='none' else [0.3,0.5,0.7,0.9]):
        p=np.array([final(r,mode,t) for r in va])
        print(mode,t,' '.join('%s %.3f'%(s[:6],f1(p[st==s],y[st==s])) for s in SETS))
