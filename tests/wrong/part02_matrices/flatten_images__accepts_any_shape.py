# Mistake: Reshapes whatever it is given, so a single 2-D image or other non-3-D input is accepted.
# Clue: 3-D
def flatten_images(images):
    images = np.array(images, dtype=float)
    return images.reshape(len(images), -1)
