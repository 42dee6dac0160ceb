# Mistake: Lets numpy infer the number of images with -1, so numbers are regrouped across rows when
#   the column count is wrong.
# Clue: infer | regroup
def unflatten_images(X, height, width):
    X = np.array(X, dtype=float)
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError("bad X")
    return X.reshape(-1, height, width)
