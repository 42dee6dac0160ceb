# Mistake: Draws W with shape (fan_out, fan_in), PyTorch's layout, instead of (fan_in, fan_out).
# Clue: which shape must W have
def init_mlp(layer_sizes, seed=0):
    sizes = list(layer_sizes)
    if len(sizes) < 2 or any(not isinstance(s, int) or s < 1 for s in sizes):
        raise ValueError("bad sizes")
    rng = np.random.default_rng(seed)
    params = []
    for fan_in, fan_out in itertools.pairwise(sizes):
        W = rng.normal(0.0, np.sqrt(2.0 / fan_in), size=(fan_out, fan_in))
        params.append((W, np.zeros(fan_out)))
    return params
