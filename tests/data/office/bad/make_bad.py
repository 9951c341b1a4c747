#!/usr/bin/env python3
"""Writes the bad attachments the office readers must refuse with a clear error:

- bomb.xlsx: a workbook whose shared strings inflate to 100 MiB of spaces (from 100 KB);
- understated.xlsx: the bundled workbook with its sheet's inflated size understated in the
  zip directory (a reader that trusts it gets only the first 500 bytes);
- corrupt_deflate.docx: the bundled document with its body's compressed data overwritten;
- password.xlsx: the start of a password-protected workbook, an OLE2 compound file whose
  directory names the stream EncryptedPackage.

    cd tests/data/office/bad && python3 make_bad.py
"""
import struct
import zipfile

with zipfile.ZipFile("bomb.xlsx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    with zipfile.ZipFile("../gongshu_2024_q2.xlsx") as good:
        for info in good.infolist():
            if info.filename != "xl/sharedStrings.xml":
                z.writestr(info.filename, good.read(info.filename))
    z.writestr("xl/sharedStrings.xml", b"<sst>" + b" " * (100 << 20) + b"</sst>")


def patch_directory(source, target, part, patch):
    data = bytearray(open(source, "rb").read())
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_size, extra, comment = struct.unpack_from("<HHH", data, at + 28)
        name = bytes(data[at + 46:at + 46 + name_size]).decode()
        if name == part:
            patch(data, at)
        at = data.find(b"PK\x01\x02", at + 46 + name_size + extra + comment)
    open(target, "wb").write(bytes(data))


patch_directory("../gongshu_2024_q2.xlsx", "understated.xlsx", "xl/worksheets/sheet2.xml",
                lambda data, at: struct.pack_into("<I", data, at + 24, 500))


def overwrite_data(data, at):
    local = struct.unpack_from("<I", data, at + 42)[0]
    name_size, extra = struct.unpack_from("<HH", data, local + 26)
    start = local + 30 + name_size + extra
    size = struct.unpack_from("<I", data, at + 20)[0]
    data[start + 2:start + size - 2] = bytes((k * 37 + 11) % 256 for k in range(size - 4))


patch_directory("../gongshu_2024_q2.docx", "corrupt_deflate.docx", "word/document.xml", overwrite_data)

header = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504
entry = "EncryptedPackage".encode("utf-16-le") + b"\0\0"
entry += b"\0" * (64 - len(entry)) + struct.pack("<H", len("EncryptedPackage") * 2 + 2) + b"\x02" + b"\0" * 61
open("password.xlsx", "wb").write(header + entry + b"\0" * (512 - len(entry)))
