# Mistake: Creates a new generator with the same seed for every layer, so layers of the same shape
#   get identical weights.
# Clue: new generator for every layer
def init_mlp(layer_sizes, seed=0):
    sizes = [int(s) for s in layer_sizes]
    if len(sizes) < 2 or min(sizes) < 1:
        raise ValueError("bad sizes")
    params = []
    for fan_in, fan_out in itertools.pairwise(sizes):
        rng = np.random.default_rng(seed)
        W = rng.normal(0.0, np.sqrt(2.0 / fan_in), size=(fan_in, fan_out))
        params.append((W, np.zeros(fan_out)))
    return params
