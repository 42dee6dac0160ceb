# Mistake: Never checks the threshold, so 0 or a value above 1 is accepted.
# Clue: threshold must lie in (0, 1]
def n_components_for_variance(X, threshold):
    cumulative = np.cumsum(_variance_ratios(_data(X)))
    threshold = min(max(float(threshold), 0.0), 1.0)
    return int(np.argmax(cumulative >= threshold - 1e-12)) + 1
