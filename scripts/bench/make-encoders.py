"""Builds transformer encoders of the shapes other tools ship (MiniLM-L6, BERT-base), with random weights, as ONNX.

Only for `npm run bench`: they give a like-for-like latency reference in the same runtime (onnxruntime-web).
Weights are random (seeded): speed depends on shape, not on what the weights learned.
Usage: /usr/bin/python3 scripts/bench/make-encoders.py OUT_DIR
"""
import inspect
import math
import os
import sys

import torch
from torch import nn

SHAPES = {
    # name: (hidden, layers, heads, intermediate); vocab 30522 and 512 positions as in both originals.
    "minilm-l6": (384, 6, 12, 1536),
    "bert-base": (768, 12, 12, 3072),
}


class Layer(nn.Module):
    def __init__(self, hidden, heads, inter):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(hidden, 3 * hidden)
        self.out = nn.Linear(hidden, hidden)
        self.ln1 = nn.LayerNorm(hidden)
        self.ff1 = nn.Linear(hidden, inter)
        self.ff2 = nn.Linear(inter, hidden)
        self.ln2 = nn.LayerNorm(hidden)

    def forward(self, x, bias):
        b, t, h = x.shape
        d = h // self.heads
        q, k, v = self.qkv(x).view(b, t, 3, self.heads, d).permute(2, 0, 3, 1, 4)
        att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(d) + bias, dim=-1)
        y = (att @ v).transpose(1, 2).reshape(b, t, h)
        x = self.ln1(x + self.out(y))
        return self.ln2(x + self.ff2(nn.functional.gelu(self.ff1(x))))


class Encoder(nn.Module):
    def __init__(self, hidden, layers, heads, inter):
        super().__init__()
        self.tok = nn.Embedding(30522, hidden)
        self.pos = nn.Embedding(512, hidden)
        self.typ = nn.Embedding(2, hidden)
        self.ln = nn.LayerNorm(hidden)
        self.layers = nn.ModuleList(Layer(hidden, heads, inter) for _ in range(layers))
        self.head = nn.Linear(hidden, 2)

    def forward(self, input_ids, attention_mask):
        t = input_ids.shape[1]
        pos = torch.arange(t).unsqueeze(0)
        x = self.ln(self.tok(input_ids) + self.pos(pos) + self.typ(torch.zeros_like(input_ids)))
        bias = (1.0 - attention_mask[:, None, None, :].float()) * -1e4
        for layer in self.layers:
            x = layer(x, bias)
        return torch.sigmoid(self.head(x[:, 0]))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    torch.manual_seed(7)
    for name, shape in SHAPES.items():
        path = os.path.join(out, f"{name}.onnx")
        if os.path.exists(path):
            continue
        model = Encoder(*shape).eval()
        ids = torch.ones(1, 16, dtype=torch.long)
        # torch >= 2.9 exports with dynamo by default: ask for the TorchScript exporter this script was written
        # for (opset 14, dynamic batch/seq axes); session 19 ran it so with the GPU machine's torch 2.11.
        legacy = {"dynamo": False} if "dynamo" in inspect.signature(torch.onnx.export).parameters else {}
        with torch.no_grad():
            torch.onnx.export(
                model, (ids, torch.ones_like(ids)), path, opset_version=14,
                input_names=["input_ids", "attention_mask"], output_names=["probs"],
                dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"}},
                **legacy,
            )
        print(f"{name}: {os.path.getsize(path) / 1e6:.1f} MB -> {path}")


if __name__ == "__main__":
    main()
