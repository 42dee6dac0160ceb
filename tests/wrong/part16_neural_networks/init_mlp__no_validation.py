# Mistake: Never checks the sizes, so one size or a zero size gives an empty or degenerate network
#   instead of ValueError.
# Clue: at least two entries
def init_mlp(layer_sizes, seed=0):
    rng = np.random.default_rng(seed)
    params = []
    for fan_in, fan_out in itertools.pairwise(layer_sizes):
        W = rng.normal(0.0, np.sqrt(2.0 / max(fan_in, 1)), size=(fan_in, max(fan_out, 0)))
        params.append((W, np.zeros(max(fan_out, 0))))
    return params
