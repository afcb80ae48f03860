"""`utdk-gen gateway --init [FILE]`: a commented gateway config for the providers of generator.yaml
(or one `--spec`), every key shown with its default, ready to edit and run with --config FILE."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from ..config import ProviderConfig, load_config, provider_name_for
from .keys import PROVIDER_KEYS, SERVER_KEYS, Key
from .providers import provider_api
from .settings import GatewayConfigError

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def write_init(config_path: Path, spec: str | None, target: Path) -> int:
    """Raises ConfigError or GatewayConfigError for the command to report."""
    if target.exists():
        sys.stderr.write(f"utdk-gen: gateway: error: {target} exists; --init never overwrites a file\n")
        return EXIT_BAD_INPUT
    if spec is not None:
        path = Path(spec)
        providers: tuple[ProviderConfig, ...] = (ProviderConfig(provider_name_for(path), path),)
        output = "generated"
    else:
        config = load_config(config_path)
        providers = config.providers
        output = os.path.relpath(config.output, target.parent.resolve())
    if not providers:
        raise GatewayConfigError(f"{config_path} lists no providers; name one with --spec")
    text = render(providers, output, target.parent.resolve())
    target.write_text(text, "utf-8")
    sys.stdout.write(f"wrote {target}; edit it, then: utdk-gen gateway --config {target}\n")
    return EXIT_OK


def render(providers: tuple[ProviderConfig, ...], output: str, base: Path) -> str:
    lines = ["# The gateway the docs' Try-it console sends requests through (utdk-gen gateway --help).",
             "# Docs are served at http://<host>:<port>/docs/ once generated into `output`.",
             f"output: {json.dumps(output)}", "gateway:"]
    lines += _keys(SERVER_KEYS, "  ")
    lines.append("providers:")
    for config in providers:
        api = provider_api(config)
        environments = ", ".join(s.environment for s in api.servers) or "none declared"
        credentials = [c.env_var for c in api.credentials]
        lines += [f"  {config.name}:", f"    spec: {json.dumps(os.path.relpath(config.spec.resolve(), base))}",
                  "    gateway:", f"      # environments of the spec: {environments}"]
        lines += _keys(PROVIDER_KEYS, "      ")
        if credentials:
            lines.append("      # its credentials, best set in the gateway's environment rather than in this file:")
            lines += [f"      #   {name}: ..." for name in credentials]
    return "\n".join(lines) + "\n"


def _keys(keys: tuple[Key, ...], indent: str) -> list[str]:
    return [f"{indent}# {k.name}: {k.example}    # {k.meaning}" for k in keys]
