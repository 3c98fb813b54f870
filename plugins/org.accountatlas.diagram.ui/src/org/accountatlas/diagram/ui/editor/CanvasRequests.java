package org.accountatlas.diagram.ui.editor;

import org.eclipse.osgi.util.NLS;
import java.util.List;

import org.accountatlas.diagram.commands.DiagramEdits;
import org.accountatlas.diagram.commands.RepresentationChange;
import org.accountatlas.diagram.description.DiagramElementMapping;
import org.accountatlas.diagram.description.EdgeMapping;
import org.accountatlas.diagram.description.NodeMapping;
import org.accountatlas.diagram.description.Tool;
import org.accountatlas.diagram.representation.DElement;
import org.accountatlas.diagram.representation.DNode;
import org.accountatlas.diagram.representation.Representation;
import org.accountatlas.diagram.scene.Scene;
import org.accountatlas.diagram.service.DiagramService;
import org.accountatlas.diagram.tools.DiagramTools;
import org.accountatlas.diagram.ui.internal.canvas.DiagramCanvas;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;

/** What the editor makes of the canvas's requests: commands on the session's stack, or a message why not. */
final class CanvasRequests implements DiagramCanvas.Listener {

    private final DiagramEditor editor;

    CanvasRequests(DiagramEditor editor) {
        this.editor = editor;
    }

    private EditingDomain domain() {
        return editor.session().editingDomain();
    }

    private Representation representation() {
        return editor.representation();
    }

    @Override
    public void selectionChanged(List<DElement> selection) {
        editor.selectionChanged(selection);
    }

    @Override
    public void moved(List<DNode> nodes, double dx, double dy) {
        editor.execute(DiagramEdits.move(domain(), nodes, dx, dy, editor.canvas().snapToGrid()), null);
    }

    @Override
    public void resized(DNode node, double width, double height) {
        editor.execute(DiagramEdits.resize(domain(), node, width, height), null);
    }

    /**
     * A click with a creation tool: the new element is made in the model, its node lands where the click was
     * (inside the clicked container), and its name opens for typing. One undoable step.
     */
    @Override
    public void clicked(Scene.Box box, double x, double y) {
        Tool tool = editor.palette().activeTool();
        if (!(editor.palette().mappingOf(tool) instanceof NodeMapping mapping)) {
            return;
        }
        EObject clicked = box == null ? null : box.target();
        DiagramTools.Creation creation = DiagramTools.create(domain(), tool, mapping, clicked, representation().getTarget());
        if (creation == null) {
            editor.status(NLS.bind(Messages.cannotCreateHere, tool.getLabel()));
            return;
        }
        DNode container = box != null && box.container() ? (DNode) box.element() : null;
        double originX = container == null ? DiagramService.MARGIN : box.x();
        double originY = container == null ? DiagramService.MARGIN : box.y();
        CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL, creation.command().getLabel());
        command.append(creation.command());
        command.append(new RepresentationChange(representation(), creation.command().getLabel(), () -> {
            if (mapping.getLayer() != null && !representation().getActiveLayers().contains(mapping.getLayer().getName())) {
                representation().getActiveLayers().add(mapping.getLayer().getName());
            }
            editor.service().refresh(representation());
            DNode node = nodeOf(creation.created());
            if (node != null && (node.eContainer() == container || container == null)) {
                DiagramEdits.placeAt(node, x - originX, y - originY);
                DiagramEdits.fitContainers(node);
            }
        }));
        if (editor.execute(command, null)) {
            editor.palette().selectTool(null);
            editor.rebuild();
            DNode node = nodeOf(creation.created());
            if (node != null) {
                editor.canvas().select(List.of(node));
                directEdit(node);
            }
        }
    }

    DNode nodeOf(EObject target) {
        for (var it = representation().eAllContents(); it.hasNext();) {
            if (it.next() instanceof DNode node && node.getTarget() == target) {
                return node;
            }
        }
        return null;
    }

    @Override
    public void connected(Scene.Box from, Scene.Box to) {
        Tool tool = editor.palette().activeTool();
        if (!(editor.palette().mappingOf(tool) instanceof EdgeMapping mapping)) {
            return;
        }
        if (!DiagramTools.canStart(mapping, from.element().getMapping()) || !DiagramTools.canEnd(mapping, to.element().getMapping())) {
            editor.status(NLS.bind(Messages.cannotConnect,
                    new Object[] { tool.getLabel(), name(from.target()), name(to.target()) }));
            return;
        }
        Command connect = DiagramTools.connect(domain(), mapping, from.target(), to.target(), representation().getTarget());
        CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL, tool.getLabel());
        command.append(connect);
        if (mapping.getLayer() != null && !representation().getActiveLayers().contains(mapping.getLayer().getName())) {
            command.append(editor.edits().toggle(representation(), mapping.getLayer().getName(), false));
        }
        editor.execute(connect.canExecute() ? command : connect,
                NLS.bind(Messages.cannotConnect,
                    new Object[] { tool.getLabel(), name(from.target()), name(to.target()) }));
    }

    @Override
    public void reconnected(Scene.Line line, boolean sourceEnd, Scene.Box to) {
        DElement edge = line.element();
        DiagramElementMapping mapping = editor.description().getEdgeMappings().stream()
                .filter(m -> m.getName().equals(edge.getMapping())).findFirst().orElse(null);
        if (!(mapping instanceof EdgeMapping edgeMapping)
                || !(sourceEnd ? DiagramTools.canStart(edgeMapping, to.element().getMapping())
                        : DiagramTools.canEnd(edgeMapping, to.element().getMapping()))) {
            editor.status(Messages.cannotReconnect);
            return;
        }
        var dEdge = (org.accountatlas.diagram.representation.DEdge) edge;
        editor.execute(DiagramTools.reconnect(domain(), edgeMapping,
                edgeMapping.getSourceFeature() != null ? dEdge.getTarget() : dEdge.getSource().getTarget(),
                dEdge.getSource().getTarget(), dEdge.getTargetNode().getTarget(), sourceEnd, to.target(),
                representation().getTarget()), Messages.cannotReconnect);
    }

    @Override
    public void directEdit(DElement element) {
        if (element instanceof DNode node && editor.canvas().boxOf(node) != null && node.getTarget() != null) {
            new DirectEditor(editor, node).open();
        }
    }

    static String name(EObject element) {
        return element instanceof org.accountatlas.model.NamedElement named ? named.getName() : element.eClass().getName();
    }
}
