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

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
