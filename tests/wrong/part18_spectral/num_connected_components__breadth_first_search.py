# Mistake: Counts components by graph search over every positive weight, so an edge of weight 1e-12
#   still connects two pieces.
# Clue: 1e-12
_solved_num_connected_components = num_connected_components


def num_connected_components(A, tol=1e-9):
    _solved_num_connected_components(A, tol)  # the same checks
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    seen = [False] * n
    count = 0
    for start in range(n):
        if seen[start]:
            continue
        count += 1
        stack = [start]
        seen[start] = True
        while stack:
            i = stack.pop()
            for j in np.flatnonzero(A[i] > 0):
                if not seen[j]:
                    seen[j] = True
                    stack.append(int(j))
    return count
