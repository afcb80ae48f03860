"""An answer's head leaves in one write with the first bytes of its body, over a real socket; a head
whose body is not at hand yet is not held past the event loop's current pass."""

from __future__ import annotations

import asyncio
from typing import Any

from generator.gateway.writes import HeadWithBody

HEAD = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n"


class Counted:
    """A socket's transport, with each write made to it kept (what the socket is asked to send at once)."""

    def __init__(self, transport: asyncio.WriteTransport) -> None:
        self.transport = transport
        self.writes: list[bytes] = []

    def write(self, data: bytes) -> None:
        self.writes.append(data)
        self.transport.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.transport, name)


async def _answers() -> tuple[list[bytes], bytes]:
    received = asyncio.get_running_loop().create_future()

    async def peer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        received.set_result(await reader.read())
        writer.close()

    server = await asyncio.start_server(peer, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    _, writer = await asyncio.open_connection(host, port)
    counted = Counted(writer.transport)
    loop = asyncio.get_running_loop()

    with_body = HeadWithBody(counted, loop)  # type: ignore[arg-type]
    with_body.write(HEAD)
    with_body.write(b"{}")

    body_later = HeadWithBody(counted, loop)  # type: ignore[arg-type]
    body_later.write(HEAD)
    held = list(counted.writes)
    await asyncio.sleep(0.05)  # the body is not at hand: the head went out at the end of the pass
    body_later.write(b"[]")

    no_body = HeadWithBody(counted, loop)  # type: ignore[arg-type]
    no_body.write(HEAD)
    no_body.close()  # what is held leaves before the connection closes
    data = await asyncio.wait_for(received, 5)
    server.close()
    assert held == [HEAD + b"{}"]
    return counted.writes, data


def test_a_head_leaves_with_its_body_and_is_never_held_back() -> None:
    writes, received = asyncio.run(_answers())
    assert writes == [HEAD + b"{}", HEAD, b"[]", HEAD]
    assert received == HEAD + b"{}" + HEAD + b"[]" + HEAD
