"""Neural-encoder experiment (session 4, not shipped; see models/README.md "Toxic head").

A small encoder trained from scratch (no outside parameters) on dump.ts' rows: fastText-style word vectors
(EmbeddingBag, mean of each word's hashed word row and char 3-5-gram rows, the featuriser's FNV-1a keys) ->
1-D CNN (kernels 3 and 5, ReLU) -> max + mean pooling -> 8 expert + 8 domain heads (masked, weighted BCE as
toxic.ts). The epoch with the best selection-weighted best-threshold F1 on validation is kept (as toxic.ts).
/usr/bin/python3 (Debian torch 1.13), one thread:
  nice -n 10 /usr/bin/python3 encoder.py seed=1 epochs=6 [d=48 c=96 arch=cnn|transformer data=/tmp/s4-neural]
writes OUT.pt and OUT-valid.npy (validation logits [N, 16], dump order) for ensemble.py."""
import json, math, sys, time, os, random
import numpy as np
import torch, torch.nn as nn, torch.nn.functional as F

torch.set_num_threads(1)
A = dict(a.split('=') for a in sys.argv[1:])
SEED = int(A.get('seed', 1)); D = int(A.get('d', 48)); C = int(A.get('c', 96)); B = int(A.get('buckets', 1 << 16))
EPOCHS = int(A.get('epochs', 6)); LR = float(A.get('lr', 2e-3)); MAXLEN = int(A.get('maxlen', 160))
SUB = float(A.get('sub', 1.0)); ARCH = A.get('arch', 'cnn'); OUT = A.get('out', f'/tmp/s4-neural/run-s{SEED}')
DROP = float(A.get('drop', 0.2)); BS = int(A.get('bs', 64)); DATA = A.get('data', '/tmp/s4-neural')
K = 8
random.seed(SEED); np.random.seed(SEED); torch.manual_seed(SEED)

def units(s):
    # UTF-16 code units, as the featuriser hashes them
    b = s.encode('utf-16-le')
    return [b[i] | (b[i + 1] << 8) for i in range(0, len(b), 2)]
def fnv_units(state, us):
    h = state
    for u in us:
        h ^= u
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h
OFF = 0x811c9dc5
W_STATE = fnv_units(OFF, units('w:')); C_STATE = fnv_units(OFF, units('c:'))

vocab = {}; vids = []
def word_ids(w):
    i = vocab.get(w)
    if i is not None: return i
    us = units(w)
    ids = [fnv_units(W_STATE, us) % B]
    if len(us) <= 30:
        p = units('<') + us + units('>')
        for n in range(3, 6):
            for s in range(0, len(p) - n + 1):
                ids.append(fnv_units(C_STATE, p[s:s + n]) % B)
    vocab[w] = len(vids); vids.append(ids)
    return vocab[w]

def load(path):
    rows = []
    with open(path) as f:
        for line in f:
            r = json.loads(line)
            r['wi'] = [word_ids(w) for w in r['t'][:MAXLEN]] or [word_ids('')]
            del r['t']
            rows.append(r)
    return rows
t0 = time.time()
train = load(f'{DATA}/train.jsonl'); valid = load(f'{DATA}/valid.jsonl')
if SUB < 1: train = [r for r in train if random.random() < SUB]
print(f'loaded {len(train)} train {len(valid)} valid vocab {len(vids)} in {time.time()-t0:.0f}s', flush=True)
flat = torch.tensor([i for ids in vids for i in ids], dtype=torch.long)
offs = torch.tensor(np.cumsum([0] + [len(x) for x in vids[:-1]]), dtype=torch.long)
lens = torch.tensor([len(x) for x in vids], dtype=torch.long)

class Enc(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.EmbeddingBag(B, D, mode='mean')
        nn.init.normal_(self.emb.weight, 0, 0.1)
        if ARCH == 'cnn':
            self.c3 = nn.Conv1d(D, C, 3, padding=1); self.c5 = nn.Conv1d(D, C, 5, padding=2)
            feat = 4 * C
        else:
            self.proj = nn.Linear(D, C)
            layer = nn.TransformerEncoderLayer(C, 2, 2 * C, dropout=0.1, batch_first=True)
            self.tf = nn.TransformerEncoder(layer, int(A.get('layers', 1)))
            self.pos = nn.Embedding(512, C)
            feat = 2 * C
        self.drop = nn.Dropout(DROP)
        self.out = nn.Linear(feat, 2 * K)
    def words(self, uniq):
        # fastText word vector: mean of the word's own row and its char 3-5-gram rows
        o = offs[uniq]; l = lens[uniq]
        idx = torch.cat([flat[a:a + n] for a, n in zip(o.tolist(), l.tolist())])
        o2 = torch.cat([torch.zeros(1, dtype=torch.long), torch.cumsum(l, 0)[:-1]])
        return self.emb(idx, o2)
    def forward(self, wi, mask):
        uniq, inv = torch.unique(wi, return_inverse=True)
        x = self.words(uniq)[inv]  # [N, L, D]
        m = mask.unsqueeze(-1)
        if ARCH == 'cnn':
            h = x.transpose(1, 2)
            hs = [F.relu(self.c3(h)).transpose(1, 2), F.relu(self.c5(h)).transpose(1, 2)]
            pooled = []
            for hh in hs:
                pooled.append((hh * m - (1 - m) * 1e4).max(1).values)
                pooled.append((hh * m).sum(1) / m.sum(1))
            z = torch.cat(pooled, 1)
        else:
            h = self.proj(x) + self.pos(torch.arange(x.shape[1]).clamp(max=511))
            h = self.tf(h, src_key_padding_mask=mask == 0)
            z = torch.cat([(h * m - (1 - m) * 1e4).max(1).values, (h * m).sum(1) / m.sum(1)], 1)
        return self.out(self.drop(z))

def batch(rows):
    L = max(len(r['wi']) for r in rows)
    wi = torch.zeros(len(rows), L, dtype=torch.long); mask = torch.zeros(len(rows), L)
    for i, r in enumerate(rows):
        n = len(r['wi']); wi[i, :n] = torch.tensor(r['wi']); mask[i, :n] = 1
        wi[i, n:] = r['wi'][0]
    return wi, mask

def batches(rows, shuffle):
    order = sorted(range(len(rows)), key=lambda i: len(rows[i]['wi']) + (random.random() * 4 if shuffle else 0))
    bs = [order[i:i + BS] for i in range(0, len(order), BS)]
    if shuffle: random.shuffle(bs)
    return bs

def auc(s, y):
    s = np.asarray(s); y = np.asarray(y)
    o = np.argsort(s, kind='mergesort'); r = np.empty(len(s)); r[o] = np.arange(1, len(s) + 1)
    # ties
    _, inv, cnt = np.unique(s, return_inverse=True, return_counts=True)
    sums = np.bincount(inv, r); r = (sums / cnt)[inv]
    p = y.sum(); n = len(y) - p
    return (r[y == 1].sum() - p * (p + 1) / 2) / (p * n)
def best_f1(s, y):
    s = np.asarray(s); y = np.asarray(y)
    o = np.argsort(-s); ys = y[o]; tp = np.cumsum(ys); fp = np.cumsum(1 - ys); P = ys.sum()
    f = 2 * tp / (tp + fp + P); i = int(np.argmax(f)); return f[i], s[o][i]

model = Enc()
dense = [p for n, p in model.named_parameters() if not n.startswith('emb')]
opt = torch.optim.Adam(dense, lr=LR)
# the table gets Adagrad (as mlp.ts), the dense layers Adam
opt_e = torch.optim.Adagrad(model.emb.parameters(), lr=float(A.get('elr', 0.05)))
Y = [torch.tensor([np.nan if v is None else v for v in r['y']], dtype=torch.float32) for r in train]
Wt = torch.tensor([r['w'] for r in train], dtype=torch.float32)
sel = {0: 1, 1: 1, 2: .3, 3: .3, 4: .3, 5: 1, 6: .3, 7: .3}

def predict(rows):
    model.eval(); out = np.zeros((len(rows), 2 * K), dtype=np.float32)
    with torch.no_grad():
        for b in batches(rows, False):
            wi, mask = batch([rows[i] for i in b]); out[b] = model(wi, mask).numpy()
    model.train(); return out

best = (-1, None, None)
vs = np.array([r['s'] for r in valid]); vy = np.array([r['y'] for r in valid])
for ep in range(EPOCHS):
    t1 = time.time(); tot = 0
    for b in batches(train, True):
        wi, mask = batch([train[i] for i in b])
        z = model(wi, mask)
        y = torch.stack([Y[i] for i in b]); ok = ~torch.isnan(y)
        l = F.binary_cross_entropy_with_logits(z, torch.nan_to_num(y), reduction='none') * ok
        loss = (l.sum(1) * Wt[b]).sum() / len(b)
        opt.zero_grad(); opt_e.zero_grad(); loss.backward(); opt.step(); opt_e.step(); tot += loss.item()
    zv = predict(valid)
    f1s = {k: best_f1(zv[vs == k, k], vy[vs == k])[0] for k in range(K)}
    aucs = {k: auc(zv[vs == k, k], vy[vs == k]) for k in range(K)}
    score = sum(sel[k] * f1s[k] for k in range(K)) / sum(sel.values())
    print(f'ep {ep} loss {tot:.0f} {time.time()-t1:.0f}s sel {score:.4f} ' +
          ' '.join(f'{k}:{f1s[k]:.3f}/{aucs[k]:.3f}' for k in range(K)), flush=True)
    if score > best[0]:
        best = (score, ep, zv); torch.save(model.state_dict(), OUT + '.pt')
np.save(OUT + '-valid.npy', best[2])
print('best epoch', best[1], f'{best[0]:.4f}', f'total {time.time()-t0:.0f}s')
