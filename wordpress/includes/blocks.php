<?php
/**
 * Dynamic blocks: the same elements, their options in the block sidebar,
 * rendered on the server by the shortcodes' renderer (the editor previews it
 * through ServerSideRender). No build step: blocks/editor.js is plain
 * wp.element code, and the attribute list comes from the table in
 * attributes.php, so blocks, shortcodes and kses cannot disagree.
 */

defined( 'ABSPATH' ) || exit;

/** Block name => element, with the block's title and description. */
function wcit_embed_blocks(): array {
	return array(
		'wcit-embed/letter'      => array( 'wcit-letter', __( 'WCIT letter', 'wcit-embed' ), __( 'The open letter, in the visitor\'s language when the feed has it.', 'wcit-embed' ) ),
		'wcit-embed/signatories' => array( 'wcit-signatories', __( 'WCIT signatories', 'wcit-embed' ), __( 'The number of signatories, or the list.', 'wcit-embed' ) ),
		'wcit-embed/sign-button' => array( 'wcit-sign-button', __( 'WCIT sign button', 'wcit-embed' ), __( 'A button to the sign-on form.', 'wcit-embed' ) ),
	);
}

/** A block's attribute schema, from the element's attributes. */
function wcit_embed_block_attributes( string $tag ): array {
	$types = array(
		'bool'  => 'boolean',
		'int'   => 'integer',
		'level' => 'integer',
	);
	$schema = array();
	foreach ( wcit_embed_elements()[ $tag ] as $name => $spec ) {
		$schema[ wcit_embed_camel( $name ) ] = array_filter(
			array(
				'type' => $types[ $spec[0] ] ?? 'string',
				'enum' => 'enum' === $spec[0] ? $spec[1] : null,
			)
		);
	}
	return $schema;
}

add_action(
	'init',
	static function () {
		wp_register_script(
			'wcit-embed-blocks',
			plugins_url( 'blocks/editor.js', WCIT_EMBED_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n' ),
			WCIT_EMBED_VERSION,
			true
		);
		$editor = array();
		foreach ( wcit_embed_blocks() as $block => [ $tag, $title, $description ] ) {
			$attributes = wcit_embed_block_attributes( $tag );
			register_block_type(
				$block,
				array(
					'api_version'     => 2,
					'title'           => $title,
					'description'     => $description,
					'category'        => 'widgets',
					'icon'            => 'media-document',
					'attributes'      => $attributes,
					'editor_script'   => 'wcit-embed-blocks',
					'render_callback' => static function ( $given ) use ( $tag ) {
						[ $clean, $refused ] = wcit_embed_clean_attributes( $tag, is_array( $given ) ? $given : array(), 'wcit_embed_camel' );
						return wcit_embed_render( $tag, $clean, $refused );
					},
				)
			);
			$editor[ $block ] = array(
				'title'       => $title,
				'description' => $description,
				'attributes'  => $attributes,
			);
		}
		wp_add_inline_script( 'wcit-embed-blocks', 'window.wcitEmbedBlocks = ' . wp_json_encode( $editor ) . ';', 'before' );
	}
);
