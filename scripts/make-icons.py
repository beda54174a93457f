"""Draws the toolbar icon (two people facing each other, on blue) at the sizes the manifest uses.
Run once: python3 scripts/make-icons.py. Pure Python, no image library."""
import struct, zlib, math

def png(size):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            u, v = (x + 0.5) / size, (y + 0.5) / size
            # rounded square
            r = 0.2
            dx, dy = max(abs(u - 0.5) - (0.5 - r), 0), max(abs(v - 0.5) - (0.5 - r), 0)
            inside = math.hypot(dx, dy) <= r
            color = (0, 0, 0, 0)
            if inside:
                color = (31, 95, 191, 255)
                for cx in (0.33, 0.67):
                    head = math.hypot(u - cx, v - 0.36) <= 0.12
                    body = ((u - cx) / 0.19) ** 2 + ((v - 0.80) / 0.26) ** 2 <= 1 and v <= 0.86
                    if head or body:
                        color = (255, 255, 255, 255)
            row += bytes(color)
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')

for size in (16, 32, 48, 128):
    with open(f'public/icon/{size}.png', 'wb') as f:
        f.write(png(size))
