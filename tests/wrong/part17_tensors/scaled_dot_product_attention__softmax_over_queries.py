# Mistake: Normalises the weights over the queries (axis 0) instead of over the keys.
# Clue: which axis does the softmax run along
def scaled_dot_product_attention(Q, K, V, mask=None):
    Q, K, V = (np.asarray(a, dtype=float) for a in (Q, K, V))
    for a in (Q, K, V):
        if a.ndim != 2 or a.size == 0:
            raise ValueError("bad shapes")
    if Q.shape[1] != K.shape[1] or K.shape[0] != V.shape[0]:
        raise ValueError("bad shapes")
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    if mask is not None:
        mask = np.asarray(mask)
        if mask.dtype != bool or mask.shape != scores.shape or not mask.any(axis=1).all():
            raise ValueError("bad mask")
        scores = np.where(mask, scores, -np.inf)
    exp = np.exp(scores - scores.max(axis=0, keepdims=True))
    weights = exp / exp.sum(axis=0, keepdims=True)
    return weights @ V, weights
