"""Marian-compatible translation models: PyTorch model, tokenizer, ONNX export for transformers.js.

Modules:
    model         MarianConfig / MarianMTModel (HF-compatible parameter names), greedy reference decode
    decoder_step  single-step decoder with explicit past key/values (the exported merged decoder)
    tokenizer     SentencePiece training, Marian vocabulary layout, tokenizer.json conversion
    export        ONNX export + config/generation_config/tokenizer files (transformers.js layout)
    quantize      numpy/onnx dynamic int8 quantiser for the `_quantized` (dtype 'q8') graphs
"""
