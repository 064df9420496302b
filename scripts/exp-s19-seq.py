"""Session 19 derailment experiment (not part of `npm run train`): a seed-ensembled tiny GRU over per-comment
vectors, cross-fitted inside every outer CV fold of scripts/exp-s19.ts, so its logit can be a thread-model column.

Per comment: 4 out-of-fold tones, 15 scorer probabilities, 10 lexical cue rates, an opener flag (no authors: CGA-Wiki's
are placeholders). Per training call E members (seeds) are trained at once as one batched GRU (hidden 16, last state
+ max-pooled states -> logit), full-batch AdamW, rows weighted as the thread model weighs them (forum and extra 0.5,
GitHub positives x sqrt(neg/pos)); the column is the members' mean logit.
For outer fold f of seed s: the fold's training rows get the logit of a model fitted without their third (GitHub rows:
the nested threshold's inner 3-fold; forum and extra rows: index mod 3); the fold's test rows get a model fitted on
all training rows. Transfer: the same on GitHub + extra rows only, the held-out CGA-Wiki half scored by the full one.
Usage: /usr/bin/python3 scripts/exp-s19-seq.py CACHE.json PLAN.json OUT.json [seeds, default 1..10]
"""

import json
import math
import sys
import time

import numpy as np
import torch

torch.set_num_threads(1)
E = int(__import__("os").environ.get("SEQ_MEMBERS", "5"))
H = 16
EPOCHS = int(__import__("os").environ.get("SEQ_EPOCHS", "150"))
MAXLEN = int(__import__("os").environ.get("SEQ_MAXLEN", "12"))
T = 4

cache = json.load(open(sys.argv[1]))
plan = json.load(open(sys.argv[2]))
out_path = sys.argv[3]
seeds = [int(s) for s in sys.argv[4].split(",")] if len(sys.argv) > 4 else list(range(1, 11))
CUES = ["secondPerson", "negation", "frustration", "impatience", "polite", "shouting"]


def comment_vectors(t):
    n = len(t["clean"])
    rows = []
    for i in range(n):
        c = t["cues"][i]
        tok = max(c["tokens"], 1)
        s = t["scores"][i] if i < len(t["scores"]) else [0.0] * 15
        rows.append(
            list(t["tones"][i * T : (i + 1) * T])
            + list(s)
            + [c[k] / tok for k in CUES]
            + [
                math.log1p(c["exclamations"]),
                math.log1p(c["questions"]),
                math.log1p(c["mentions"]),
                math.log1p(c["tokens"]),
                1.0 if i == 0 else 0.0,
            ]
        )
    return rows[-MAXLEN:]


def tensorise(threads):
    vecs = [comment_vectors(t) for t in threads]
    d = len(vecs[0][0])
    x = np.zeros((len(vecs), MAXLEN, d), dtype=np.float32)
    m = np.zeros((len(vecs), MAXLEN), dtype=np.float32)
    for b, v in enumerate(vecs):
        x[b, : len(v)] = v
        m[b, : len(v)] = 1
    return torch.from_numpy(x), torch.from_numpy(m)


sets = {k: tensorise(cache[k]) for k in ["gh", "forum", "extra", "wikiHeldOut"]}
labels = {k: torch.tensor([t["label"] for t in cache[k]], dtype=torch.float32) for k in sets}
D = sets["gh"][0].shape[2]


class Ensemble(torch.nn.Module):
    def __init__(self, seed):
        super().__init__()
        g = torch.Generator().manual_seed(seed)
        u = lambda *shape, fan: (torch.rand(*shape, generator=g) * 2 - 1) / math.sqrt(fan)
        self.wx = torch.nn.Parameter(u(E, D, 3 * H, fan=D))
        self.wh = torch.nn.Parameter(u(E, H, 3 * H, fan=H))
        self.b = torch.nn.Parameter(torch.zeros(E, 1, 3 * H))
        self.wo = torch.nn.Parameter(u(E, 2 * H, 1, fan=2 * H))
        self.bo = torch.nn.Parameter(torch.zeros(E, 1))

    def forward(self, x, m):
        B = x.shape[0]
        xg = torch.einsum("bld,edh->lebh", x, self.wx) + self.b.unsqueeze(0)
        h = torch.zeros(E, B, H)
        mx = torch.full((E, B, H), -1.0)
        for t in range(x.shape[1]):
            hg = torch.bmm(h, self.wh)
            xr, xz, xn = xg[t].chunk(3, dim=-1)
            hr, hz, hn = hg.chunk(3, dim=-1)
            r = torch.sigmoid(xr + hr)
            z = torch.sigmoid(xz + hz)
            n = torch.tanh(xn + r * hn)
            new = (1 - z) * n + z * h
            mt = m[:, t].view(1, B, 1)
            h = mt * new + (1 - mt) * h
            mx = torch.where(mt > 0, torch.maximum(mx, new), mx)
        return torch.bmm(torch.cat([h, mx], dim=-1), self.wo).squeeze(-1) + self.bo  # E x B


class ConvEnsemble(torch.nn.Module):
    """The cheap alternative to the GRU (no time loop): a kernel-3 temporal convolution over the comments (ReLU),
    pooled by masked max, masked mean and the last comment's state -> logit; E members batched."""

    def __init__(self, seed):
        super().__init__()
        g = torch.Generator().manual_seed(seed)
        u = lambda *shape, fan: (torch.rand(*shape, generator=g) * 2 - 1) / math.sqrt(fan)
        self.w = torch.nn.Parameter(u(E, 3 * D, H, fan=3 * D))
        self.b = torch.nn.Parameter(torch.zeros(E, 1, 1, H))
        self.wo = torch.nn.Parameter(u(E, 3 * H, 1, fan=3 * H))
        self.bo = torch.nn.Parameter(torch.zeros(E, 1))

    def forward(self, x, m):
        pad = torch.zeros_like(x[:, :1])
        win = torch.cat([torch.cat([pad, x[:, :-1]], 1), x, torch.cat([x[:, 1:], pad], 1)], -1)  # B x L x 3D
        h = torch.relu(torch.einsum("bld,edh->eblh", win, self.w) + self.b)
        mm = m.view(1, *m.shape, 1)
        mx = (h * mm - (1 - mm)).amax(2)
        mean = (h * mm).sum(2) / mm.sum(2).clamp_min(1)
        last = (m.sum(1).long() - 1).clamp_min(0)
        lh = h[:, torch.arange(x.shape[0]), last]
        return torch.bmm(torch.cat([mx, mean, lh], -1), self.wo).squeeze(-1) + self.bo


ARCH = __import__("os").environ.get("SEQ_ARCH", "conv")


def fit(x, m, y, w, seed):
    mu = (x * m.unsqueeze(-1)).sum((0, 1)) / m.sum()
    sd = (((x - mu) ** 2) * m.unsqueeze(-1)).sum((0, 1)) / m.sum()
    sd = sd.sqrt().clamp_min(1e-3)
    norm = lambda a: (a - mu) / sd
    torch.manual_seed(seed)
    net = ConvEnsemble(seed) if ARCH == "conv" else Ensemble(seed)
    opt = torch.optim.AdamW(net.parameters(), lr=0.01, weight_decay=1e-3)
    xn = norm(x) * m.unsqueeze(-1)
    wsum = w.sum()
    t0 = time.process_time()
    for _ in range(EPOCHS):
        opt.zero_grad()
        z = net(xn, m)
        loss = (torch.nn.functional.binary_cross_entropy_with_logits(z, y.expand_as(z), reduction="none") * w).sum() / wsum
        loss.backward()
        opt.step()
    print(f"  fit {len(y)} rows {time.process_time() - t0:.1f} CPU-s loss {loss.item():.3f}", file=sys.stderr, flush=True)

    def predict(x2, m2):
        with torch.no_grad():
            return net(norm(x2) * m2.unsqueeze(-1), m2).mean(0)

    return predict


def train_rows(parts):
    """parts: list of (set name, index tensor, row weight); returns x, m, y, w with GitHub positives up-weighted."""
    xs, ms, ys, ws = [], [], [], []
    gh_y = torch.cat([labels[k][i] for k, i, _ in parts if k == "gh"])
    pos = gh_y.sum().item()
    pos_w = math.sqrt((len(gh_y) - pos) / max(pos, 1))
    for k, i, wt in parts:
        xs.append(sets[k][0][i])
        ms.append(sets[k][1][i])
        y = labels[k][i]
        ys.append(y)
        ws.append(wt * torch.where(y > 0, torch.tensor(pos_w), torch.tensor(1.0)))
    return torch.cat(xs), torch.cat(ms), torch.cat(ys), torch.cat(ws)


def crossfit(parts, third, test, seed):
    """parts: (set, indices); third[set]: the cross-fit part (0..2) of each of those indices; test: (set, indices) scored by the full model."""
    W = {"gh": 1.0, "forum": 0.5, "extra": 0.5}
    out = {k: torch.zeros(len(cache[k])) for k in sets}
    for j in range(3):
        keep = [(k, i[third[k] != j], W[k]) for k, i in parts]
        pred = fit(*train_rows(keep), seed * 10 + j)
        for k, i in parts:
            sel = i[third[k] == j]
            out[k][sel] = pred(sets[k][0][sel], sets[k][1][sel])
    pred = fit(*train_rows([(k, i, W[k]) for k, i in parts]), seed * 10 + 3)
    for k, i in test:
        out[k][i] = pred(sets[k][0][i], sets[k][1][i])
    return out


started = time.time()
result = {"folds": {}, "members": E, "epochs": EPOCHS, "arch": ARCH, "maxlen": MAXLEN}
n_extra = len(cache["extra"])
for s in seeds:
    p = plan[str(s)]
    gh_fold = torch.tensor(p["gh"])
    forum_fold = torch.tensor(p["forum"])
    for f in range(5):
        gh_tr = torch.nonzero(gh_fold != f).squeeze(1)
        fo_tr = torch.nonzero(forum_fold != f).squeeze(1)
        ex = torch.arange(n_extra)
        third = {
            "gh": torch.tensor(p["inner"][f])[gh_tr],
            "forum": torch.arange(len(fo_tr)) % 3,
            "extra": ex % 3,
        }
        o = crossfit(
            [("gh", gh_tr), ("forum", fo_tr), ("extra", ex)],
            third,
            [("gh", torch.nonzero(gh_fold == f).squeeze(1)), ("forum", torch.nonzero(forum_fold == f).squeeze(1))],
            1000 * s + f,
        )
        result["folds"][f"{s}:{f}"] = {k: [round(v, 5) for v in o[k].tolist()] for k in ["gh", "forum", "extra"]}
        print(f"seed {s} fold {f} {time.time() - started:.0f}s", file=sys.stderr, flush=True)
gh_all = torch.arange(len(cache["gh"]))
o = crossfit(
    [("gh", gh_all), ("extra", torch.arange(n_extra))],
    {"gh": gh_all % 3, "extra": torch.arange(n_extra) % 3},
    [("wikiHeldOut", torch.arange(len(cache["wikiHeldOut"])))],
    99,
)
result["transfer"] = {k: [round(v, 5) for v in o[k].tolist()] for k in ["gh", "extra", "wikiHeldOut"]}
result["transfer"]["held"] = result["transfer"].pop("wikiHeldOut")
json.dump(result, open(out_path, "w"))
print(f"wrote {out_path} in {time.time() - started:.0f}s", file=sys.stderr)
