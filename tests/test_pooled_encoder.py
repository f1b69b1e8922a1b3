"""The pooled last layer: an encoder classifier's last layer run for the token its head reads.

Checked against the model's own full forward on tiny random BERT and RoBERTa classifiers (padded
batches, sdpa and eager attention), through the adapter on the chat items, and the probe that
keeps the plain forward for a model whose head reads other positions.
"""

from __future__ import annotations

import pytest
import torch
from tiny_models import build_tokenizer, write_chat_items

import rmbench
from rmbench.models import load_adapter, loading
from rmbench.models.pooled_encoder import agrees_with_full_forward, last_layer, pooled_last_layer


def _config(family: str, attention: str = "sdpa"):  # type: ignore[no-untyped-def]
    from transformers import BertConfig, RobertaConfig

    shape = dict(
        vocab_size=64,
        hidden_size=32,
        num_hidden_layers=3,
        num_attention_heads=4,
        intermediate_size=64,
        max_position_embeddings=80,
        pad_token_id=1,
        num_labels=1,
    )
    config = BertConfig(**shape) if family == "bert" else RobertaConfig(**shape)
    config._attn_implementation = attention
    return config


def _classifier(family: str, attention: str = "sdpa", seed: int = 0):  # type: ignore[no-untyped-def]
    from transformers import BertForSequenceClassification, RobertaForSequenceClassification

    torch.manual_seed(seed)
    cls = BertForSequenceClassification if family == "bert" else RobertaForSequenceClassification
    model = cls(_config(family, attention)).eval()
    with torch.no_grad():  # random init has a near-zero head: widen it so scores differ visibly
        for p in model.classifier.parameters():
            p.normal_(0, 5.0)
    return model


def _padded_batch(lengths=(17, 5, 11, 2)):  # type: ignore[no-untyped-def]
    generator = torch.Generator().manual_seed(1)
    seqs = [torch.randint(3, 64, (n,), generator=generator).tolist() for n in lengths]
    return loading.pad_right(seqs, 1, "cpu")


@pytest.mark.parametrize("family", ["bert", "roberta"])
@pytest.mark.parametrize("attention", ["sdpa", "eager"])
def test_pooled_logits_equal_the_full_forward(family, attention):
    model = _classifier(family, attention)
    ids, mask = _padded_batch()
    feed_forward_rows = []
    hook = last_layer(model).intermediate.register_forward_hook(
        lambda module, args, out: feed_forward_rows.append(args[0].shape[:2])
    )
    with torch.inference_mode():
        full = model(input_ids=ids, attention_mask=mask).logits
        with pooled_last_layer(model):
            pooled = model(input_ids=ids, attention_mask=mask).logits
    hook.remove()
    # the full forward runs the last feed-forward on every token, the pooled one on one per row
    assert feed_forward_rows == [(4, 17), (4, 1)]
    assert full.std() > 0.1
    assert torch.allclose(full, pooled, atol=1e-5, rtol=0)
    assert isinstance(model.base_model.encoder.layer[-1], type(model.base_model.encoder.layer[0]))


def test_a_head_reading_every_position_keeps_the_full_forward():
    """Same layers, but a head that averages the last layer: the swap would change its input, so
    the probe must say no."""
    from transformers import BertForSequenceClassification

    class MeanPooled(BertForSequenceClassification):
        def forward(self, input_ids=None, attention_mask=None, **kwargs):  # type: ignore[no-untyped-def, override]
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            weights = attention_mask[..., None].float()
            out = self.classifier((hidden * weights).sum(1) / weights.sum(1))
            return type("Out", (), {"logits": out})()

    torch.manual_seed(0)
    model = MeanPooled(_config("bert")).eval()
    assert last_layer(model) is not None
    assert not agrees_with_full_forward(model)
    assert agrees_with_full_forward(_classifier("bert"))


def test_decoders_and_other_layer_shapes_are_not_pooled():
    from transformers import LlamaConfig, LlamaForSequenceClassification

    llama = LlamaForSequenceClassification(
        LlamaConfig(
            vocab_size=64,
            hidden_size=32,
            num_hidden_layers=2,
            num_attention_heads=4,
            intermediate_size=64,
            pad_token_id=0,
        )
    )
    assert last_layer(llama) is None
    relative = _classifier("bert")
    relative.config.position_embedding_type = "relative_key"
    assert last_layer(relative) is None


@pytest.fixture(scope="module", params=["bert", "roberta"])
def encoder_rm(request, tmp_path_factory):
    """A tiny classifier RM saved with its family's tokenizer (BERT: [CLS] A [SEP] B [SEP] with
    token types; RoBERTa: <s> A </s></s> B </s>, one type embedding)."""
    from transformers import BertForSequenceClassification, RobertaForSequenceClassification

    family = request.param
    folder = tmp_path_factory.mktemp(f"{family}-rm")
    tokenizer = build_tokenizer(chat_template=False, bert=family == "bert", roberta=family == "roberta")
    config = _config(family)
    config.vocab_size, config.pad_token_id = len(tokenizer), tokenizer.pad_token_id
    config.type_vocab_size = 2 if family == "bert" else 1
    torch.manual_seed(3)
    cls = BertForSequenceClassification if family == "bert" else RobertaForSequenceClassification
    model = cls(config)
    with torch.no_grad():  # widen the random head so scores differ visibly (tanh layer below 1)
        head = [m for m in model.modules() if isinstance(m, torch.nn.Linear)][-2:]
        head[0].weight.normal_(0, 0.3)
        head[1].weight.normal_(0, 5.0)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def test_the_adapter_scores_equal_with_and_without_the_pooled_layer(encoder_rm, tmp_path):
    items = write_chat_items(tmp_path / "chat.jsonl")  # includes a prompt cut to fit 64 tokens
    runs = {}
    for flag in ("true", "false"):
        adapter = load_adapter(f"hf:{encoder_rm}", pooled_last_layer=flag)
        assert adapter.pooled_last_layer is (flag == "true")
        (result,) = rmbench.evaluate(adapter, items=[items], cache=False, n_resamples=10)
        runs[flag] = (adapter.fingerprint(), [s for sub in result.subsets for it in sub.scores for s in it])
    (key_on, on), (key_off, off) = runs["true"], runs["false"]
    assert key_on == key_off  # cached scores stay valid either way
    assert max(on) - min(on) > 0.1
    assert max(abs(a - b) for a, b in zip(on, off, strict=True)) < 1e-5
