#!/usr/bin/env bash
# Command-line behaviour a person relies on: exit codes, one-line errors, tokens shown once.
# Usage: scripts/cli-test.sh [path to the together binary]; prints "N passed, M failed".
set -uo pipefail
BIN="${1:-.build/debug/together}"
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
passed=0
failed=0

check() {  # name, condition result (0 = ok), detail
    if [[ "$2" -eq 0 ]]; then echo "PASS $1"; passed=$((passed + 1)); else echo "FAIL $1: $3"; failed=$((failed + 1)); fi
}

out=$(DATABASE_URL=postgres://u:secretpw@127.0.0.1:9/none "$BIN" migrate 2>&1); code=$?
[[ $code -eq 1 && $(wc -l <<<"$out") -eq 1 && "$out" == "together: Cannot reach the database"* && "$out" != *secretpw* ]]
check "unreachable PostgreSQL: one line, exit 1, no password" $? "exit $code: $out"

out=$(DATABASE_URL=mysql://x "$BIN" migrate 2>&1); code=$?
[[ $code -eq 1 && "$out" == "together: DATABASE_URL must start with postgres://"* ]]
check "unsupported DATABASE_URL is explained" $? "exit $code: $out"

out=$("$BIN" migrate --data-dir "$DATA/site" 2>&1); code=$?
[[ $code -eq 0 && "$out" == "The database is up to date (SQLite file $DATA/site/together.sqlite)." ]]
check "migrate creates the SQLite database" $? "exit $code: $out"

out=$("$BIN" user create --role overlord --email a@example.org --data-dir "$DATA/site" 2>&1); code=$?
[[ $code -eq 1 && "$out" == "together: There is no role 'overlord'. Roles: admin, moderator, facilitator, researcher." ]]
check "unknown role is refused" $? "exit $code: $out"

out=$("$BIN" user create --role admin --email Admin@Example.org --data-dir "$DATA/site" --public-url https://together.example.org 2>&1); code=$?
[[ $code -eq 0 && "$out" == *"Created admin@example.org (admin)."* && "$out" =~ https://together.example.org/en/setup/[A-Za-z0-9_-]{43} ]]
check "user create prints a one-time setup link" $? "exit $code: $out"

out=$(printf 'olive tree by the river\n' | "$BIN" user create --role moderator --email m@example.org --password-stdin --data-dir "$DATA/site" 2>&1); code=$?
[[ $code -eq 0 && "$out" == "Created m@example.org (moderator)." ]]
check "user create reads a password from standard input" $? "exit $code: $out"

out=$(printf 'short\n' | "$BIN" user create --role moderator --email s@example.org --password-stdin --data-dir "$DATA/site" 2>&1); code=$?
[[ $code -eq 1 && "$out" == "together: A password needs at least 12 characters." ]]
check "a short password is refused" $? "exit $code: $out"

token=$("$BIN" token create --role researcher --name exporter --data-dir "$DATA/site" 2>/dev/null); code=$?
[[ $code -eq 0 && "$token" =~ ^tgr_[A-Za-z0-9_-]{43}$ ]]
check "token create prints the token alone on stdout" $? "exit $code: $token"

out=$("$BIN" token create --role researcher --name exporter --data-dir "$DATA/site" 2>&1); code=$?
[[ $code -eq 1 && "$out" == "together: A token with that name already exists." ]]
check "token names are unique" $? "exit $code: $out"

out=$("$BIN" token list --data-dir "$DATA/site" 2>&1)
[[ "$out" == $'exporter\tresearcher\tactive' && "$out" != *tgr_* ]]
check "token list never shows secrets" $? "$out"

out=$("$BIN" token revoke --name exporter --data-dir "$DATA/site" 2>&1) && out=$("$BIN" token list --data-dir "$DATA/site" 2>&1)
[[ "$out" == $'exporter\tresearcher\trevoked' ]]
check "token revoke" $? "$out"

out=$("$BIN" demo --data-dir "$DATA/site" 2>&1); code=$?
[[ $code -eq 0 && "$out" == "Demo content was not loaded: this site already has accounts"* ]]
check "demo content never goes into a site with accounts" $? "exit $code: $out"

out=$("$BIN" demo --data-dir "$DATA/demo" 2>&1); code=$?
[[ $code -eq 0 && "$out" == *"Everything in it is fictional"* && "$out" == *"amina@demo.together.invalid  admin"* ]]
check "demo loads into an empty site" $? "exit $code: $out"

# The narrative checker: exit codes, JSON contract, SARIF, partner packs, bad input.
printf 'Police held three illegal immigrants at the border.\n' >"$DATA/draft.txt"
out=$("$BIN" check "$DATA/draft.txt" 2>&1); code=$?
[[ $code -eq 1 && "$out" == *"1:19: error [dehumanising-term]"* && "$out" == *"^^^^^^^^^^^^^^^^^^"* ]]
check "check: an error finding exits 1 and underlines the words" $? "exit $code: $out"

out=$(printf 'Together we cook with our neighbours every Sunday.' | "$BIN" check - 2>&1); code=$?
[[ $code -eq 0 && "$out" == *"en: 0 error, 0 warning, 0 suggestion"* ]]
check "check: a clean message exits 0 and names its strengths" $? "exit $code: $out"

out=$("$BIN" check --format json "$DATA/draft.txt" 2>/dev/null)
python3 - "$out" <<'PY'
import json, sys
report = json.loads(sys.argv[1])
finding = report["findings"][0]
assert report["language"] == "en", report
assert set(report) >= {"language", "findings", "strengths", "summary"}, report.keys()
assert {"rule", "category", "severity", "message", "suggestions", "start", "end", "line", "column"} <= set(finding), finding
assert (finding["category"], finding["start"], finding["end"], finding["line"], finding["column"]) == ("dehumanising-term", 18, 36, 1, 19), finding
assert report["summary"]["bySeverity"]["error"] == 1
PY
check "check: JSON contract with offsets in Unicode scalars" $? "$out"

cp "$DATA/draft.txt" "$DATA/second.txt"
out=$("$BIN" check --format json --fail-on never "$DATA/draft.txt" "$DATA/second.txt" 2>/dev/null); code=$?
python3 -c 'import json,sys; r=json.loads(sys.argv[1]); assert isinstance(r, list) and [x["file"] for x in r] == sys.argv[2:], r' "$out" "$DATA/draft.txt" "$DATA/second.txt"
check "check: several files give an array with file keys; --fail-on never exits 0" $(( $? + code )) "exit $code: $out"

# Only the packs of the drafts' languages are read; each draft is still checked in its own.
printf 'La police a arrêté trois clandestins à la frontière et nous demandons leur libération.\n' >"$DATA/brouillon.txt"
out=$("$BIN" check --format json --fail-on never "$DATA/draft.txt" "$DATA/brouillon.txt" 2>/dev/null)
python3 - "$out" <<'PY'
import json, sys
reports = json.loads(sys.argv[1])
assert [r["language"] for r in reports] == ["en", "fr"], reports
assert [f["rule"].split(".")[0] for f in reports[1]["findings"]] and all(f["rule"].startswith("fr.") for f in reports[1]["findings"]), reports[1]
PY
check "check: --lang auto reads each file in its own language" $? "$out"

out=$("$BIN" check --format json --fail-on never --audience-lang en "$DATA/brouillon.txt" 2>/dev/null)
python3 -c 'import json,sys; r=json.loads(sys.argv[1]); assert r["language"] == "fr" and "language-mismatch" in r["summary"]["byCategory"], r' "$out"
check "check: a French draft for an English audience gets a language-mismatch finding" $? "$out"

out=$("$BIN" check --format sarif "$DATA/draft.txt" 2>/dev/null)
python3 - "$out" <<'PY'
import json, sys
log = json.loads(sys.argv[1])
assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-schema-2.1.0.json"), log
run = log["runs"][0]
assert run["tool"]["driver"]["name"] == "together check" and run["columnKind"] == "unicodeCodePoints"
result = run["results"][0]
assert result["level"] == "error" and result["ruleId"] in [r["id"] for r in run["tool"]["driver"]["rules"]]
region = result["locations"][0]["physicalLocation"]["region"]
assert (region["startLine"], region["startColumn"], region["charOffset"], region["charLength"]) == (1, 19, 18, 18), region
PY
check "check: SARIF 2.1.0 with rules, levels and regions" $? "$out"

mkdir -p "$DATA/packs"
cat >"$DATA/packs/local.yaml" <<'YAML'
pack: en
disable: [en.illegal-immigrant]
rules:
  - id: en.local-third-country
    category: jargon
    severity: warning
    terms: [third country nationals]
    message: { en: "Say where people are from." }
    source: none
YAML
out=$(printf 'Third country nationals and illegal immigrants.' | "$BIN" check --format json --fail-on never --pack "$DATA/packs" - 2>/dev/null)
python3 -c 'import json,sys; r=json.loads(sys.argv[1]); rules=[f["rule"] for f in r["findings"]]; assert "en.local-third-country" in rules and "en.illegal-immigrant" not in rules, rules' "$out"
check "check --pack adds and disables rules without recompiling" $? "$out"

cat >"$DATA/packs/local.yaml" <<'YAML'
pack: en
rules:
  - id: en.local-wrong-examples
    category: jargon
    severity: warning
    terms: [third country nationals]
    message: { en: "Say where people are from." }
    source: none
    examples:
      flag: ["People from third countries arrive on Monday."]
      pass: ["Third country nationals are welcome."]
YAML
out=$(printf 'x' | "$BIN" check --pack "$DATA/packs" - 2>&1); code=$?
[[ $code -eq 2 && "$out" == *"rule pack examples fail (2)"* && "$out" == *"local.yaml:3: rule en.local-wrong-examples should flag “People from third countries arrive on Monday.”"* && "$out" == *"should not flag “Third country nationals are welcome.”"* ]]
check "check --pack refuses a pack whose own examples fail, listing each, exit 2" $? "exit $code: $out"

mkdir -p "$DATA/frpack"
# Read alone, this rule flags its example; with the built-in French pack beneath it, as on the server, the built-in
# rule for « une vague de migrants » covers the same words and the partner's finding is dropped: the example fails.
cat >"$DATA/frpack/fr.yaml" <<'YAML'
pack: fr
rules:
  - id: fr.local-vague
    category: disaster-metaphor
    severity: warning
    kind: contextual
    terms: [vague]
    message: { en: "A wave is water, not people.", fr: "Une vague, c'est de l'eau." }
    source: none
    examples:
      flag: ["Une vague de migrants arrive."]
YAML
out=$(printf 'x' | "$BIN" check --lang en --pack "$DATA/frpack" - 2>&1); code=$?
[[ $code -eq 2 && "$out" == *"fr.yaml:3: rule fr.local-vague should flag “Une vague de migrants arrive.”"* ]]
check "check --lang en --pack: a French pack's examples are read with the French built-in pack beneath it" $? "exit $code: $out"
rm -r "$DATA/frpack"

printf 'pack: en\nrules:\n  - id: en.broken\n    category: nonsense\n    severity: error\n    terms: [x]\n    message: { en: X }\n    source: none\n' >"$DATA/packs/local.yaml"
out=$(printf 'x' | "$BIN" check --pack "$DATA/packs" - 2>&1); code=$?
[[ $code -eq 2 && "$out" == "together check: rule pack error: local.yaml:4: rule en.broken: unknown category “nonsense”." ]]
check "check: a broken pack names its file and line, exit 2" $? "exit $code: $out"

for case in "empty:" "binary:\x00\x01\x02" "latin1:caf\xe9"; do
    name=${case%%:*}
    out=$(printf "${case#*:}" | "$BIN" check - 2>&1); code=$?
    [[ $code -eq 2 && $(wc -l <<<"$out") -eq 1 && "$out" == "together check: standard input: "* ]]
    check "check: $name input is refused in one line, exit 2" $? "exit $code: $out"
done
head -c 9000000 /dev/zero | tr '\0' 'a' >"$DATA/big.txt"
out=$("$BIN" check "$DATA/big.txt" 2>&1); code=$?
[[ $code -eq 2 && "$out" == *"larger than 8 MB"* ]]
check "check: oversized input is refused, exit 2" $? "exit $code: $out"
out=$("$BIN" check --lang xx "$DATA/draft.txt" 2>&1); code=$?
[[ $code -eq 2 && "$out" == *"unknown language"* ]]
check "check: an unknown language is a usage error, exit 2" $? "exit $code: $out"
out=$("$BIN" check --medium billboard "$DATA/draft.txt" 2>&1); code=$?
[[ $code -eq 2 ]]
check "check: an unknown medium is a usage error, exit 2" $? "exit $code: $out"

# Redaction: the JSON contract (offsets in Unicode scalars), styles, bad input.
printf 'اسمي فاطمة 👋, call +49 151 23456789.' >"$DATA/story.txt"
out=$("$BIN" redact --format json --lang ar "$DATA/story.txt" 2>&1); code=$?
python3 - "$out" <<'PY'
import json, sys
d = json.loads(sys.argv[1]); text = 'اسمي فاطمة 👋, call +49 151 23456789.'
assert set(d) == {"spans", "redacted"}, d
kinds = {s["type"]: s for s in d["spans"]}
assert set(kinds) == {"name", "phone"}, d
for s in d["spans"]:
    assert set(s) == {"start", "end", "type", "text", "confidence"} and text[s["start"]:s["end"]] == s["text"], s
assert d["redacted"] == 'اسمي [NAME] 👋, call [PHONE].', d["redacted"]
PY
check "redact: JSON with scalar offsets, a name in Arabic and a phone" $? "exit $code: $out"

out=$(printf 'My name is Amal Haddad.' | "$BIN" redact --style mask - 2>&1); code=$?
[[ $code -eq 0 && "$out" == "My name is •••• ••••••."* && "$out" == *"name (0.90)"* ]]
check "redact: text output masks and lists what it found" $? "exit $code: $out"

head -c 64 /dev/urandom >"$DATA/secret"
a=$(printf 'My name is Amal Haddad. Amal Haddad cooks.' | "$BIN" redact --style pseudonym --secret-file "$DATA/secret" - | head -1)
b=$(printf 'Later, my name is Amal Haddad.' | "$BIN" redact --style pseudonym --secret-file "$DATA/secret" - | head -1)
[[ "$a" =~ Person\ ([A-Z]{2})\.\ Person\ ([A-Z]{2}) && "${BASH_REMATCH[1]}" == "${BASH_REMATCH[2]}" && "$b" == *"Person ${BASH_REMATCH[1]}."* ]]
check "redact: pseudonyms are the same for the same person with the same secret" $? "$a / $b"

printf '\xff\xfe\x41' >"$DATA/latin1.txt"
out=$("$BIN" redact "$DATA/latin1.txt" 2>&1); code=$?
[[ $code -eq 2 && "$out" == "together redact: The text is not valid UTF-8"* ]]
check "redact: text that is not UTF-8 gets one clear line and exit 2" $? "exit $code: $out"

out=$("$BIN" redact --style pseudonym - </dev/null 2>&1); code=$?
[[ $code -eq 2 && "$out" == *"--secret-file"* ]]
check "redact: pseudonyms without a secret are refused" $? "exit $code: $out"

out=$("$BIN" contact-key rotate --data-dir "$DATA/site" 2>&1); code=$?
[[ $code -eq 0 && "$out" == "Sealed "*" contact details with a new key; the old key file is replaced." && -f "$DATA/site/contact.key" && ! -e "$DATA/site/contact.key.next" ]]
check "contact-key rotate: seals again and replaces the key file" $? "exit $code: $out"

out=$(TOGETHER_CONTACT_KEY=$(head -c 32 /dev/urandom | base64) "$BIN" contact-key rotate --data-dir "$DATA/site" 2>&1); code=$?
[[ $code -eq 1 && "$out" == *"TOGETHER_CONTACT_KEY"* ]]
check "contact-key rotate: a key from the environment is explained, not rotated" $? "exit $code: $out"

out=$("$BIN" export --data-dir "$DATA/site" --to "$DATA/export" 2>&1); code=$?
[[ $code -eq 0 && "$out" == "Wrote "*" stories and 2 tables to $DATA/export." && -f "$DATA/export/stories.jsonl" && -f "$DATA/export/stories-by-voice-and-country.csv" ]] \
    && ! grep -q "+49\|receipt\|contact" "$DATA/export/stories.jsonl"
check "export: stories and counts for researchers, nothing that points at a teller" $? "exit $code: $out"

# Common ground: a real Pol.is export (CC BY 4.0, The Computational Democracy Project).
POLIS=Tests/CommonGroundTests/Fixtures/brexit-consensus
out=$("$BIN" commonground analyze --votes "$POLIS/votes.csv" --comments "$POLIS/comments.csv" --format json 2>&1); code=$?
python3 - "$out" <<'PY'
import json, sys
d = json.loads(sys.argv[1])
assert {"participants", "groups", "consensus", "groupAwareConsensus"} <= set(d), d.keys()
assert len(d["participants"]) == 204 and set(d["participants"][0]) >= {"id", "group", "x", "y"}, d["participants"][0]
assert any(p["group"] is None for p in d["participants"]), "people with too few votes are not placed"
assert len(d["groups"]) == 3 and all({"id", "size", "representative"} <= set(g) for g in d["groups"])
assert d["groups"][0]["representative"][0]["direction"] in ("agree", "disagree")
assert set(d["consensus"]) == {"agree", "disagree"} and d["consensus"]["agree"][0]["statement"] == "14"
scores = [s["score"] for s in d["groupAwareConsensus"]]
assert scores == sorted(scores, reverse=True)
PY
check "commonground analyze: the JSON contract on a real Pol.is export" $? "exit $code: ${out:0:300}"

a=$("$BIN" commonground analyze --votes "$POLIS/votes.csv" --format json | sha256sum)
b=$("$BIN" commonground analyze --votes "$POLIS/votes.csv" --format json | sha256sum)
[[ "$a" == "$b" ]]
check "commonground analyze: the same votes give the same bytes" $? "$a / $b"

out=$("$BIN" commonground analyze --votes "$POLIS/votes.csv" --comments "$POLIS/comments.csv" 2>&1); code=$?
[[ $code -eq 0 && "$out" == *"What we have in common"* && "$out" == *"Group A ("* ]]
check "commonground analyze: a readable text report" $? "exit $code: ${out:0:300}"

printf 'comment-id,voter-id,vote\n0,1,1\n0,2,maybe\n' >"$DATA/votes.csv"
out=$("$BIN" commonground analyze --votes "$DATA/votes.csv" 2>&1); code=$?
[[ $code -eq 2 && "$out" == "together commonground: $DATA/votes.csv:3: the vote “maybe” is not 1 (agree), -1 (disagree) or 0 (pass)." ]]
check "commonground analyze: a bad row is named by its line, exit 2" $? "exit $code: $out"

out=$("$BIN" commonground import --votes "$POLIS/votes.csv" --comments "$POLIS/comments.csv" --title "Can there be consensus on Brexit?" --data-dir "$DATA/site" 2>&1); code=$?
[[ $code -eq 0 && "$out" == "Imported 50 statements, 204 participants and 5303 votes as conversation "* ]]
check "commonground import: a Pol.is export becomes a conversation" $? "exit $code: $out"
conversation=${out##* }; conversation=${conversation%.}

out=$("$BIN" commonground export --conversation "$conversation" --to "$DATA/back" --data-dir "$DATA/site" 2>&1); code=$?
a=$("$BIN" commonground analyze --votes "$POLIS/votes.csv" --comments "$POLIS/comments.csv" --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print(len(d['groups']), [c['statement'] for c in d['consensus']['agree']])")
b=$("$BIN" commonground analyze --votes "$DATA/back/votes.csv" --comments "$DATA/back/comments.csv" --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print(len(d['groups']), [c['statement'] for c in d['consensus']['agree']])")
[[ $code -eq 0 && "$out" == "Wrote 50 statements and 5303 votes to $DATA/back." && "$a" == "$b" ]]
check "commonground export: back out in Pol.is format, with the same groups and consensus" $? "exit $code: $out / $a / $b"

out=$("$BIN" commonground export --conversation 00000000-0000-0000-0000-000000000000 --to "$DATA/none" --data-dir "$DATA/site" 2>&1); code=$?
[[ $code -eq 1 && "$out" == "together: There is no conversation 00000000-0000-0000-0000-000000000000." ]]
check "commonground export: an unknown conversation is one clear line" $? "exit $code: $out"

# Impact: the reference message test (simulated, with the reference script's answers).
IMPACT=Tests/ImpactTests/Fixtures/message-test-5000.csv
out=$("$BIN" impact analyze --data "$IMPACT" --arm arm --outcome likert --outcome pledge --covariate x --segment seg --format json 2>&1); code=$?
python3 - "$out" <<'PY'
import json, sys
d = json.loads(sys.argv[1])
assert {"n", "arms", "difference_in_means", "ols_hc2", "lin", "multiple_comparisons", "segments", "mde"} <= set(d), d.keys()
first = d["difference_in_means"][0]
assert first["outcome"] == "likert" and first["arm"] == 1 and abs(first["estimate"] - 0.18116376724655048) < 1e-12, first
assert {"segment", "bh"} <= set(d["segments"][0])
PY
check "impact analyze: the JSON contract on the reference message test" $? "exit $code: ${out:0:300}"

out=$("$BIN" impact analyze --data "$IMPACT" --arm arm --outcome likert 2>&1); code=$?
[[ $code -eq 0 && "$out" == *"likert, message 1: 0.181 [95% 0.094 to 0.268]"* && "$out" == *"Please note:"* ]]
check "impact analyze: a readable report with plain-language cautions" $? "exit $code: ${out:0:300}"

printf 'arm,likert\n0,3\n1,x\n' >"$DATA/bad.csv"
out=$("$BIN" impact analyze --data "$DATA/bad.csv" --arm arm --outcome likert 2>&1); code=$?
[[ $code -eq 2 && "$out" == "together impact: $DATA/bad.csv:3: “x” in column likert is not a number." ]]
check "impact analyze: a bad value is named by its line, exit 2" $? "exit $code: $out"

out=$("$BIN" impact plan --baseline 0.12 --effect 0.02 --arms 3 --per-arm 2000 2>&1); code=$?
[[ $code -eq 0 && "$out" == *"respondents per arm"* && "$out" == *"larger than the target"* ]]
check "impact plan: the sample a target needs, and a warning when it cannot be met" $? "exit $code: $out"

out=$("$BIN" impact plan --sd 1 --effect 0.000000000001 2>&1); code=$?
[[ $code -eq 0 && "$out" == *"too small for any test to detect"* ]]
check "impact plan: a target no sample can reach is said, not a crash" $? "exit $code: $out"

# Backup and restore of a SQLite data directory, with the withdrawal journal replayed.
BACKUP_DIR="$DATA/backup-site"
"$BIN" demo --data-dir "$BACKUP_DIR" >/dev/null 2>&1
out=$("$BIN" backup --data-dir "$BACKUP_DIR" --to "$DATA/site.db" 2>&1); code=$?
[[ $code -eq 0 && -s "$DATA/site.db" ]]
check "backup: a consistent copy of the SQLite database" $? "exit $code: $out"
out=$("$BIN" backup --data-dir "$BACKUP_DIR" --to "$DATA/site.db" 2>&1); code=$?
[[ $code -eq 1 && "$out" == *"already exists"* ]]
check "backup: an existing file is never overwritten" $? "exit $code: $out"
out=$("$BIN" restore --data-dir "$BACKUP_DIR" "$DATA/site.db" 2>&1); code=$?
[[ $code -eq 0 && "$out" == *"Integrity check: ok"* ]]
check "restore: the backup is put back and checked" $? "exit $code: $out"
out=$("$BIN" restore --data-dir "$BACKUP_DIR" "$DATA/bad.csv" 2>&1); code=$?
[[ $code -eq 1 && "$out" == *"not a Together backup"* ]]
check "restore: a file that is not a backup replaces nothing" $? "exit $code: $out"

mv "$BACKUP_DIR/withdrawals.journal" "$DATA/journal.saved"
out=$("$BIN" restore --data-dir "$BACKUP_DIR" "$DATA/site.db" 2>&1); code=$?
[[ $code -eq 1 && "$out" == *"There is no withdrawal journal"* ]]
check "restore: refused without the withdrawal journal (withdrawn stories would come back)" $? "exit $code: $out"
mv "$DATA/journal.saved" "$BACKUP_DIR/withdrawals.journal"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
