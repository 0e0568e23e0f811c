#!/usr/bin/env bash
# The shell recipe this project replaces, as people paste it into a terminal: read the role and the MFA
# device from the config, call STS with the code, pull three values out of the JSON with jq, export them.
# Used only as the baseline of the command-line benchmark. Arguments: ROLE_PROFILE SOURCE_PROFILE CODE.
set -euo pipefail
role_profile=$1
source_profile=$2
code=$3

role_arn=$(aws configure get role_arn --profile "$role_profile")
mfa_serial=$(aws configure get mfa_serial --profile "$role_profile")
response=$(aws sts assume-role --profile "$source_profile" --role-arn "$role_arn" \
  --role-session-name recipe --serial-number "$mfa_serial" --token-code "$code")
AWS_ACCESS_KEY_ID=$(echo "$response" | jq -r .Credentials.AccessKeyId)
AWS_SECRET_ACCESS_KEY=$(echo "$response" | jq -r .Credentials.SecretAccessKey)
AWS_SESSION_TOKEN=$(echo "$response" | jq -r .Credentials.SessionToken)
export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN
unset AWS_PROFILE
