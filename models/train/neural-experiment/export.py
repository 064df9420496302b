"""Neural-encoder experiment (not shipped): exports encoder.py's CNN as ONNX (opset 13, runs in
onnxruntime-web) for latency.ts. Inputs: ids int32 [M] (every word's hashed word + char-gram rows, words end
to end) and ends int32 [W] (where each word's rows end; word vectors are CumSum differences, O(M*D));
output logits [1, 16]. Without pt=RUN.pt the weights are random (same cost).
  /usr/bin/python3 export.py [pt=RUN.pt] d=48 c=96 out=encoder.onnx"""
import sys, torch, torch.nn as nn, torch.nn.functional as F
torch.set_num_threads(1)
A = dict(a.split('=') for a in sys.argv[1:])
D = int(A.get('d', 48)); C = int(A.get('c', 96)); B = int(A.get('buckets', 1 << 16)); OUT = A.get('out', '/tmp/s4-neural/encoder.onnx')
class G(nn.Module):
    def __init__(self, sd=None):
        super().__init__()
        self.table = nn.Parameter(torch.zeros(B + 1, D))
        self.c3 = nn.Conv1d(D, C, 3, padding=1); self.c5 = nn.Conv1d(D, C, 5, padding=2); self.out = nn.Linear(4 * C, 16)
        if sd is not None:
            with torch.no_grad():
                self.table[:B] = sd['emb.weight']
            self.load_state_dict({k: v for k, v in sd.items() if not k.startswith('emb')}, strict=False)
        else:
            nn.init.normal_(self.table, 0, 0.1)
    def forward(self, ids, ends):
        # ids: every word's rows end to end [M]; ends: where each word's rows end [W] (CumSum differences)
        cs = torch.cumsum(self.table[ids.long()], 0)        # [M, D]
        cs = torch.cat([torch.zeros(1, cs.shape[1]), cs], 0)
        e = ends.long(); s = torch.cat([torch.zeros(1, dtype=torch.long), e[:-1]])
        n = (e - s).float().unsqueeze(1)
        x = ((cs[e] - cs[s]) / n).t().unsqueeze(0)          # [1, D, W]
        h3 = F.relu(self.c3(x)); h5 = F.relu(self.c5(x))
        z = torch.cat([h3.max(2).values, h3.mean(2), h5.max(2).values, h5.mean(2)], 1)
        return self.out(z)
sd = torch.load(A['pt']) if 'pt' in A else None
m = G(sd).eval()
with torch.no_grad():
    m.table[B] = 0
torch.onnx.export(m, (torch.randint(0, B, (40,), dtype=torch.int32), torch.tensor([5, 12, 30, 40], dtype=torch.int32)), OUT, input_names=['ids', 'ends'], output_names=['logits'],
                  dynamic_axes={'ids': {0: 'M'}, 'ends': {0: 'W'}}, opset_version=13)
print('exported', OUT)
