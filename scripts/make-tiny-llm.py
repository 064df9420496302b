#!/usr/bin/python3
"""Builds the tiny GPT-2-shaped test model that exercises the local rewrite backend's real loading and
streaming path (transformers.js + ONNX Runtime) without any model hub.

Random weights (reproducible with SEED), 257-token byte-level vocabulary (256 bytes + <|endoftext|>), two
layers, KV cache. Output is gibberish by design: tests check plumbing, not prose.

Run with Debian's python (it has torch + onnx):  /usr/bin/python3 scripts/make-tiny-llm.py [OUT_DIR]
Default OUT_DIR: tests/fixtures/tiny-llm
"""
import json
import os
import subprocess
import sys

import torch

SEED = int(os.environ.get("SEED", "6"))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "tiny-llm")
V, E, H, L, CTX = 257, 32, 2, 2, 1024
D = E // H
EOS = 256

torch.manual_seed(SEED)


class Block(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.ln1 = torch.nn.LayerNorm(E)
        self.qkv = torch.nn.Linear(E, 3 * E)
        self.proj = torch.nn.Linear(E, E)
        self.ln2 = torch.nn.LayerNorm(E)
        self.fc = torch.nn.Linear(E, 4 * E)
        self.out = torch.nn.Linear(4 * E, E)

    def forward(self, x, mask, past_k, past_v):
        b, t, _ = x.shape
        q, k, v = self.qkv(self.ln1(x)).split(E, dim=2)
        q = q.view(b, t, H, D).transpose(1, 2)
        k = torch.cat([past_k, k.view(b, t, H, D).transpose(1, 2)], dim=2)
        v = torch.cat([past_v, v.view(b, t, H, D).transpose(1, 2)], dim=2)
        total = k.shape[2]
        att = (q @ k.transpose(-1, -2)) / (D**0.5)
        # causal within the new tokens, full over the cache; plus the padding mask
        causal = torch.ones(t, total).tril(diagonal=total - t).bool()
        keep = causal[None, None] & mask[:, None, None, :].bool()
        att = att.masked_fill(~keep, -1e4).softmax(-1)
        y = (att @ v).transpose(1, 2).reshape(b, t, E)
        x = x + self.proj(y)
        x = x + self.out(torch.nn.functional.gelu(self.fc(self.ln2(x))))
        return x, k, v


class TinyGPT2(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.wte = torch.nn.Embedding(V, E)
        self.wpe = torch.nn.Embedding(CTX, E)
        self.blocks = torch.nn.ModuleList([Block() for _ in range(L)])
        self.ln_f = torch.nn.LayerNorm(E)

    def forward(self, input_ids, attention_mask, position_ids, *past):
        x = self.wte(input_ids) + self.wpe(position_ids)
        presents = []
        for i, block in enumerate(self.blocks):
            x, k, v = block(x, attention_mask, past[2 * i], past[2 * i + 1])
            presents += [k, v]
        return (self.ln_f(x) @ self.wte.weight.T, *presents)


def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {b: chr(c) for b, c in zip(bs, cs)}


def main():
    os.makedirs(os.path.join(OUT, "onnx"), exist_ok=True)
    model = TinyGPT2().eval()
    past_names, present_names, dyn = [], [], {
        "input_ids": {0: "batch_size", 1: "sequence_length"},
        "attention_mask": {0: "batch_size", 1: "total_sequence_length"},
        "position_ids": {0: "batch_size", 1: "sequence_length"},
        "logits": {0: "batch_size", 1: "sequence_length"},
    }
    for i in range(L):
        for kind in ("key", "value"):
            past_names.append(f"past_key_values.{i}.{kind}")
            present_names.append(f"present.{i}.{kind}")
            dyn[past_names[-1]] = {0: "batch_size", 2: "past_sequence_length"}
            dyn[present_names[-1]] = {0: "batch_size", 2: "total_sequence_length"}
    ids = torch.tensor([[104, 105, 32]])
    past = [torch.zeros(1, H, 2, D) for _ in range(2 * L)]
    mask = torch.ones(1, 5, dtype=torch.long)
    pos = torch.tensor([[2, 3, 4]])
    with torch.no_grad():
        torch.onnx.export(
            model,
            (ids, mask, pos, *past),
            os.path.join(OUT, "onnx", "model.onnx"),
            input_names=["input_ids", "attention_mask", "position_ids", *past_names],
            output_names=["logits", *present_names],
            dynamic_axes=dyn,
            opset_version=14,
        )
    byte_chars = bytes_to_unicode()
    vocab = {byte_chars[b]: b for b in range(256)}
    vocab["<|endoftext|>"] = EOS
    tokenizer = {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [{"id": EOS, "content": "<|endoftext|>", "single_word": False, "lstrip": False,
                          "rstrip": False, "normalized": True, "special": True}],
        "normalizer": None,
        "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True},
        "post_processor": None,
        "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
        "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": "",
                  "end_of_word_suffix": "", "fuse_unk": False, "byte_fallback": False, "vocab": vocab, "merges": []},
    }
    files = {
        "config.json": {"model_type": "gpt2", "architectures": ["GPT2LMHeadModel"], "vocab_size": V, "n_embd": E,
                        "n_head": H, "n_layer": L, "n_positions": CTX, "n_ctx": CTX, "bos_token_id": EOS,
                        "eos_token_id": EOS},
        "generation_config.json": {"bos_token_id": EOS, "eos_token_id": EOS},
        "tokenizer.json": tokenizer,
        "tokenizer_config.json": {"tokenizer_class": "GPT2Tokenizer", "bos_token": "<|endoftext|>",
                                  "eos_token": "<|endoftext|>", "unk_token": "<|endoftext|>",
                                  "model_max_length": CTX, "add_prefix_space": False},
    }
    for name, content in files.items():
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(content, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
    # Greedy reference from PyTorch (no cache) so the JS test can check token-for-token equality.
    with torch.no_grad():
        seq = [104, 105]
        for _ in range(8):
            t = torch.tensor([seq])
            n = t.shape[1]
            empty = [torch.zeros(1, H, 0, D) for _ in range(2 * L)]
            logits = model(t, torch.ones(1, n, dtype=torch.long), torch.arange(n)[None], *empty)[0]
            seq.append(int(logits[0, -1].argmax()))
    with open(os.path.join(OUT, "reference.json"), "w") as f:
        json.dump({"seed": SEED, "prompt_ids": [104, 105], "greedy_ids": seq}, f)
        f.write("\n")
    # The repo's formatter (Biome) owns JSON layout; format the fixture so `npm run lint` stays clean.
    subprocess.run(["npx", "biome", "format", "--write", OUT], check=False, capture_output=True)
    print(f"wrote {OUT} (seed {SEED}); greedy ids for 'hi': {seq}")


if __name__ == "__main__":
    main()
