"""Reading spec files: YAML and JSON with positions on demand (source.py), $ref resolution
(refs.py), Swagger 2.0 read as OpenAPI 3.0 (swagger2.py, origins.py) and openapi-spec-validator
on the document and the parts of other files it reaches (validate.py, fragments.py). Building the model is model/build.py's job."""
