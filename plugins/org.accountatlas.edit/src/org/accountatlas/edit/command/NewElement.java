package org.accountatlas.edit.command;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;

/** One entry of a New menu: its label, the element it creates, and the command that adds it. */
public record NewElement(String label, EObject created, Command command) {
}
