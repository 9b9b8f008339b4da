using Toolkit.Testing.JsonSchema;

namespace Toolkit.Core.Tests.Schemas;

public sealed class JsonSchemaValidatorTests
{
    [Theory]
    [InlineData("""{"type": "integer"}""", "3", true)]
    [InlineData("""{"type": "integer"}""", "3.0", true)]
    [InlineData("""{"type": "integer"}""", "3.5", false)]
    [InlineData("""{"type": ["string", "null"]}""", "null", true)]
    [InlineData("""{"type": ["string", "null"]}""", "1", false)]
    [InlineData("""{"enum": [1, "a", {"b": [true]}]}""", """{"b": [true]}""", true)]
    [InlineData("""{"enum": [1, "a"]}""", "1.0", true)]
    [InlineData("""{"const": "x"}""", "\"y\"", false)]
    [InlineData("""{"properties": {"a": {"type": "string"}}, "required": ["a"], "additionalProperties": false}""", """{"a": "x"}""", true)]
    [InlineData("""{"properties": {"a": {"type": "string"}}, "additionalProperties": false}""", """{"a": "x", "b": 1}""", false)]
    [InlineData("""{"patternProperties": {"^x-": {"type": "number"}}, "additionalProperties": {"type": "boolean"}}""", """{"x-a": 1, "b": true}""", true)]
    [InlineData("""{"patternProperties": {"^x-": {"type": "number"}}, "additionalProperties": {"type": "boolean"}}""", """{"x-a": "1"}""", false)]
    [InlineData("""{"items": {"type": "number"}, "minItems": 1, "maxItems": 2}""", "[1, 2]", true)]
    [InlineData("""{"items": {"type": "number"}, "maxItems": 2}""", "[1, 2, 3]", false)]
    [InlineData("""{"$schema": "http://json-schema.org/draft-07/schema#", "items": [{"type": "string"}], "additionalItems": false}""", """["a", 1]""", false)]
    [InlineData("""{"$schema": "http://json-schema.org/draft-07/schema#", "items": [{"type": "string"}], "additionalItems": {"type": "number"}}""", """["a", 1]""", true)]
    [InlineData("""{"prefixItems": [{"type": "string"}], "items": false}""", """["a"]""", true)]
    [InlineData("""{"prefixItems": [{"type": "string"}], "items": false}""", """["a", "b"]""", false)]
    [InlineData("""{"uniqueItems": true}""", """[{"a": 1}, {"a": 1}]""", false)]
    [InlineData("""{"contains": {"const": 2}}""", "[1, 3]", false)]
    [InlineData("""{"contains": {"const": 2}}""", "[1, 2]", true)]
    [InlineData("""{"minLength": 2, "maxLength": 3}""", "\"😀😀\"", true)]
    [InlineData("""{"maxLength": 1}""", "\"ab\"", false)]
    [InlineData("""{"pattern": "^[a-z]+$"}""", "\"abc\"", true)]
    [InlineData("""{"pattern": "b"}""", "\"abc\"", true)]
    [InlineData("""{"pattern": "^[a-z]+$"}""", "\"aBc\"", false)]
    [InlineData("""{"format": "date"}""", "\"2030-02-30\"", false)]
    [InlineData("""{"format": "date-time"}""", "\"2025-03-01T12:00:00.123+02:00\"", true)]
    [InlineData("""{"format": "date-time"}""", "\"2025-03-01 noon\"", false)]
    [InlineData("""{"format": "uri"}""", "\"relative/path\"", false)]
    [InlineData("""{"format": "iri-reference"}""", "\"../ä/b\"", true)]
    [InlineData("""{"format": "email"}""", "\"a@example.com\"", true)]
    [InlineData("""{"format": "email"}""", "\"not an email\"", false)]
    [InlineData("""{"format": "something-else"}""", "\"anything\"", true)]
    [InlineData("""{"minimum": 1, "maximum": 3}""", "3", true)]
    [InlineData("""{"exclusiveMaximum": 3}""", "3", false)]
    [InlineData("""{"exclusiveMinimum": 0}""", "0.0001", true)]
    [InlineData("""{"multipleOf": 0.1}""", "0.3", true)]
    [InlineData("""{"multipleOf": 2}""", "7", false)]
    [InlineData("""{"allOf": [{"type": "number"}, {"minimum": 5}]}""", "4", false)]
    [InlineData("""{"anyOf": [{"type": "string"}, {"type": "number"}]}""", "true", false)]
    [InlineData("""{"oneOf": [{"type": "number"}, {"minimum": 0}]}""", "5", false)]
    [InlineData("""{"oneOf": [{"type": "number"}, {"type": "string"}]}""", "5", true)]
    [InlineData("""{"not": {"type": "null"}}""", "null", false)]
    [InlineData("""{"if": {"properties": {"kind": {"const": "a"}}}, "then": {"required": ["x"]}, "else": {"required": ["y"]}}""", """{"kind": "a", "x": 1}""", true)]
    [InlineData("""{"if": {"properties": {"kind": {"const": "a"}}}, "then": {"required": ["x"]}, "else": {"required": ["y"]}}""", """{"kind": "b", "x": 1}""", false)]
    [InlineData("""{"$schema": "http://json-schema.org/draft-07/schema#", "dependencies": {"a": ["b"], "c": {"required": ["d"]}}}""", """{"a": 1, "c": 1, "d": 1}""", false)]
    [InlineData("""{"dependentRequired": {"a": ["b"]}}""", """{"a": 1, "b": 1}""", true)]
    [InlineData("""{"propertyNames": {"pattern": "^[a-z_]+$"}}""", """{"Bad": 1}""", false)]
    [InlineData("""{"minProperties": 1, "maxProperties": 1}""", "{}", false)]
    [InlineData("false", "1", false)]
    [InlineData("true", "1", true)]
    public void Applies_each_keyword(string schema, string instance, bool valid)
    {
        var errors = Validator(schema, out var id).Validate(instance, id);

        Assert.True(valid == (errors.Count == 0), string.Join("\n", errors));
    }

    [Fact]
    public void Refs_resolve_by_absolute_and_relative_id_pointer_and_anchor_with_sibling_keywords()
    {
        var validator = new JsonSchemaValidator();
        validator.Add("""
            { "$id": "https://example.com/schemas/common.json",
              "$defs": { "name": { "type": "string", "minLength": 2 },
                         "positive": { "$anchor": "pos", "type": "number", "exclusiveMinimum": 0 } } }
            """);
        var main = validator.Add("""
            { "$id": "https://example.com/schemas/main.json",
              "type": "object",
              "properties": {
                "a": { "$ref": "common.json#/$defs/name", "maxLength": 3 },
                "b": { "$ref": "https://example.com/schemas/common.json#pos" },
                "c": { "$ref": "#/$defs/local" },
                "d": { "$ref": "#" }
              },
              "$defs": { "local": { "$ref": "common.json#/$defs/positive" } } }
            """);

        Assert.Empty(validator.Validate("""{"a": "abc", "b": 1, "c": 2, "d": {"a": "xy"}}""", main));
        var errors = validator.Validate("""{"a": "abcd", "b": 0, "c": -1, "d": {"a": "x"}}""", main);

        Assert.Equal(["/a", "/b", "/c", "/d/a"], errors.Select(e => e.InstancePath).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unresolvable_ref_is_an_error_not_a_pass()
    {
        var errors = Validator("""{"$ref": "missing.json"}""", out var id).Validate("1", id);

        Assert.Contains("does not resolve", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_point_at_the_instance_with_escaped_json_pointers()
    {
        var errors = Validator("""{"additionalProperties": {"type": "string"}}""", out var id).Validate("""{"a/b~c": 1}""", id);

        var error = Assert.Single(errors);
        Assert.Equal("/a~1b~0c", error.InstancePath);
        Assert.StartsWith("/a~1b~0c: ", error.ToString(), StringComparison.Ordinal);
    }

    private static JsonSchemaValidator Validator(string schema, out Uri id)
    {
        var validator = new JsonSchemaValidator();
        id = validator.Add(schema);
        return validator;
    }
}
