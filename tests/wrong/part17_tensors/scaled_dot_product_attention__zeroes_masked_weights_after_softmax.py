# Mistake: Applies the softmax over every key and only then zeroes the masked weights, so the rows
#   no longer sum to 1.
# Clue: before the softmax
_solved_attention = scaled_dot_product_attention


def scaled_dot_product_attention(Q, K, V, mask=None):
    output, weights = _solved_attention(Q, K, V, mask)  # for the shape and mask checks
    if mask is None:
        return output, weights
    _, weights = _solved_attention(Q, K, V)  # softmax over every key ...
    weights = np.where(np.asarray(mask), weights, 0.0)  # ... then zero the masked ones
    return weights @ np.asarray(V, dtype=float), weights
