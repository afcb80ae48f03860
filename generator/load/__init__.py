"""Reading spec files: YAML and JSON with positions on demand (source.py), $ref resolution
(refs.py) and openapi-spec-validator (validate.py). Building the model is model/build.py's job."""
