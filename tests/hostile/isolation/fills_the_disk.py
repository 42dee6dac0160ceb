# Write 1 MiB files until the disk says no; leave marker files wherever it can.
import errno
import os


def fill(marker):
    for directory in ("/tmp", "/dev/shm", os.getcwd(), "/var/tmp"):
        try:
            with open(os.path.join(directory, marker), "w") as stream:
                stream.write("left behind")
        except OSError:
            pass
    written = 0
    block = b"x" * (1 << 20)
    try:
        for index in range(100_000):
            with open(f"fill-{index}.bin", "wb") as stream:
                stream.write(block)
            written += 1
    except OSError as error:
        return written, errno.errorcode.get(error.errno, str(error.errno))
    return written, "no error"
