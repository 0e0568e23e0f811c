import * as vscode from 'vscode';

import { Messages } from '../messages';
import { normalizeMfaCode, validateMfaCode } from './mfaCode';

/**
 * Asks for a six-digit MFA code. The box stays open while the user switches to the authenticator app.
 * `rejection` is shown as the box's error when the previous code was not accepted. Resolves to the code
 * without whitespace, or undefined on Esc.
 */
export function promptMfaCode(profile: string, mfaSerial: string | undefined, rejection?: string):
  Promise<string | undefined> {
  const box = vscode.window.createInputBox();
  box.title = Messages.mfaTitle(profile, mfaSerial);
  box.prompt = Messages.mfaPrompt;
  box.placeholder = Messages.mfaPlaceholder;
  box.ignoreFocusOut = true;
  box.validationMessage = rejection;

  return new Promise((resolve) => {
    let code: string | undefined;
    box.onDidChangeValue((value) => {
      box.validationMessage = value.trim() === '' ? rejection : validateMfaCode(value);
    });
    box.onDidAccept(() => {
      const problem = validateMfaCode(box.value);
      if (problem) {
        box.validationMessage = problem;
        return;
      }
      code = normalizeMfaCode(box.value);
      box.hide();
    });
    box.onDidHide(() => {
      box.dispose();
      resolve(code);
    });
    box.show();
  });
}
